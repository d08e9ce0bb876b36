import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/permissions/roles";
import { listWorkspacesForUser } from "@/lib/workspaces/list-workspaces-for-user";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateWorkspaceForm } from "./_components/create-workspace-form";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const actor = await requireActor("/workspaces");
  const workspaces = await listWorkspacesForUser(getDb(), { actor });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title="Your workspaces"
        description="Each workspace has its own members, articles and rating scale."
      />
      {workspaces.length ? (
        <ul className="mb-8 grid gap-3 sm:grid-cols-2">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <Link
                href={`/w/${workspace.slug}`}
                className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm no-underline hover:border-accent"
              >
                <span className="block font-medium text-ink">{workspace.name}</span>
                <span className="mt-1 block text-sm text-stone-600">
                  {ROLE_LABELS[workspace.role]} · {workspace.articleCount} article
                  {workspace.articleCount === 1 ? "" : "s"} · {workspace.memberCount} member
                  {workspace.memberCount === 1 ? "" : "s"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8 text-stone-700">
          You are not in a workspace yet. Create one, or open an invite link from your team.
        </p>
      )}
      <Card className="max-w-md">
        <h2 className="mb-3 text-lg font-semibold">Create a workspace</h2>
        <CreateWorkspaceForm />
      </Card>
    </main>
  );
}
