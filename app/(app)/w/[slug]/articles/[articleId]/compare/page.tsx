import { TimeStamp } from "@/components/ui/time-stamp";
import type { Metadata } from "next";
import Link from "next/link";
import { compareRevisions } from "@/lib/articles/compare-revisions";
import { getDb } from "@/lib/db/client";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Compare revisions" };

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; articleId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { slug, articleId } = await params;
  const query = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const diff = await orNotFound(
    compareRevisions(getDb(), {
      actor,
      workspaceId: workspace.id,
      articleId,
      from: Number(query.from),
      to: Number(query.to),
    }),
  );
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title={`Revision ${diff.from.number} → ${diff.to.number}`}
        description={
          <>
            <TimeStamp date={diff.to.createdAt} /> by {diff.to.by}
            {diff.to.message ? `: “${diff.to.message}”` : ""} · {diff.stats.removedWords} word
            {diff.stats.removedWords === 1 ? "" : "s"} removed, {diff.stats.addedWords} added ·{" "}
            <Link className="text-accent underline" href={`/w/${slug}/articles/${articleId}/revisions`}>
              All revisions
            </Link>
          </>
        }
      />
      <p className="mb-3 text-sm text-stone-600">
        <del className="bg-red-100 text-red-900">Removed text</del> and{" "}
        <ins className="bg-green-100 text-green-900 no-underline">added text</ins> are marked.
      </p>
      <div className="whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 font-serif text-base leading-relaxed">
        {diff.parts.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "removed" ? (
            <del key={i} className="bg-red-100 text-red-900">
              {part.text}
            </del>
          ) : (
            <ins key={i} className="bg-green-100 text-green-900 no-underline">
              {part.text}
            </ins>
          ),
        )}
      </div>
    </main>
  );
}
