import { TimeStamp } from "@/components/ui/time-stamp";
import type { Metadata } from "next";
import Link from "next/link";
import { listRevisions } from "@/lib/articles/list-revisions";
import { getDb } from "@/lib/db/client";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Revisions" };

export default async function RevisionsPage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const revisions = await orNotFound(listRevisions(getDb(), { actor, workspaceId: workspace.id, articleId }));
  const base = `/w/${slug}/articles/${articleId}`;
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title="Revisions"
        description={
          <Link className="text-accent underline" href={base}>
            Back to the article
          </Link>
        }
      />
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {revisions.map((revision) => (
          <li key={revision.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <div>
              <span className="font-medium">Revision {revision.number}</span>
              {revision.current ? (
                <span className="ml-2 rounded bg-green-50 px-1.5 text-xs text-green-800">current</span>
              ) : null}
              <span className="block text-xs text-stone-600">
                <TimeStamp date={revision.createdAt} /> by {revision.createdBy.name} · {revision.origin}
                {revision.message ? ` · “${revision.message}”` : ""} · sha256 {revision.contentHash.slice(0, 10)}
              </span>
            </div>
            <div className="flex gap-3">
              <Link
                className="text-accent underline"
                href={revision.current ? base : `${base}/revisions/${revision.number}`}
              >
                View<span className="sr-only"> revision {revision.number}</span>
              </Link>
              {revision.number > 1 ? (
                <Link
                  className="text-accent underline"
                  href={`${base}/compare?from=${revision.number - 1}&to=${revision.number}`}
                >
                  Compare with {revision.number - 1}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </main>
  );
}
