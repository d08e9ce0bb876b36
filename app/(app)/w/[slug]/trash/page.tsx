import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { listTrash } from "@/lib/trash/list-trash";
import { TRASH_RETENTION_DAYS } from "@/lib/trash/retention";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TrashList } from "./_components/trash-list";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { slug } = await params;
  const { cursor } = await searchParams;
  const { actor, workspace, member } = await loadWorkspace(slug);
  if (!can(member, "trash.read")) notFound();
  const { items, nextCursor } = await listTrash(getDb(), { actor, workspaceId: workspace.id, cursor: cursor ?? null });
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <PageHeader
        title="Trash"
        description={`Deleted articles, claims, notes and sources. Editors can restore them for ${TRASH_RETENTION_DAYS} days; then they are purged for good.`}
      />
      <TrashList
        slug={slug}
        workspaceId={workspace.id}
        canRestore={can(member, "trash.restore")}
        canPurge={can(member, "trash.purge")}
        items={items}
      />
      {nextCursor ? (
        <p className="mt-4">
          <Link href={`/w/${slug}/trash?cursor=${encodeURIComponent(nextCursor)}`} className={buttonClass("secondary")}>
            Deleted earlier
          </Link>
        </p>
      ) : null}
    </main>
  );
}
