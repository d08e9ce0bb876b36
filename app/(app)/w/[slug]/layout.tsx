import { Notice } from "@/components/ui/notice";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { WorkspaceNav } from "./_components/workspace-nav";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { workspace, member } = await loadWorkspace(slug);
  const links = [
    { href: `/w/${slug}`, label: "Articles" },
    { href: `/w/${slug}/queue`, label: "My queue" },
    { href: `/w/${slug}/search`, label: "Search" },
    ...(can(member, "verdict.read_others")
      ? [
          { href: `/w/${slug}/dashboard`, label: "Dashboard" },
          { href: `/w/${slug}/disagreements`, label: "Disagreements" },
        ]
      : []),
    { href: `/w/${slug}/members`, label: "Members" },
    ...(can(member, "library.import") ? [{ href: `/w/${slug}/library`, label: "Library" }] : []),
    ...(can(member, "trash.read") ? [{ href: `/w/${slug}/trash`, label: "Trash" }] : []),
    ...(can(member, "workspace.update") ? [{ href: `/w/${slug}/settings`, label: "Settings" }] : []),
  ];
  return (
    <div>
      <div className="no-print border-b border-stone-200 bg-stone-50">
        <WorkspaceNav workspaceName={workspace.name} links={links} />
      </div>
      {workspace.demo ? (
        <aside aria-label="Demo content" className="no-print border-b border-violet-200 bg-violet-50">
          <p className="mx-auto max-w-7xl px-4 py-1.5 text-sm text-violet-950">
            <span className="mr-2 rounded bg-violet-800 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">
              Demo
            </span>
            Demo workspace: the claims, notes, sources and verdicts on these articles are examples written by the demo
            accounts to show Margin at work; the sources point at example.org.
          </p>
        </aside>
      ) : null}
      {workspace.restoringAt ? (
        <div className="mx-auto max-w-7xl px-4 pt-4">
          <Notice tone="warning">
            A restore is in progress in this workspace: articles appear as it writes them. An admin can follow it or
            cancel it under Settings.
          </Notice>
        </div>
      ) : null}
      {children}
    </div>
  );
}
