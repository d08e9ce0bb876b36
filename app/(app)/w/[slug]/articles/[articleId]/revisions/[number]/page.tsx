import { TimeStamp } from "@/components/ui/time-stamp";
import type { Metadata } from "next";
import Link from "next/link";
import { claimsAtRevision } from "@/lib/articles/claims-at-revision";
import { getArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { Notice } from "@/components/ui/notice";
import { ArticleText, HighlightStyles } from "../../_components/article-text";

export const metadata: Metadata = { title: "Revision" };

/** An earlier revision, read-only, with its claims where they were then. */
export default async function RevisionPage({
  params,
}: {
  params: Promise<{ slug: string; articleId: string; number: string }>;
}) {
  const { slug, articleId, number } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const revisionNumber = Number(number);
  const { article } = await orNotFound(
    getArticle(getDb(), {
      actor,
      workspaceId: workspace.id,
      articleId,
      revisionNumber: Number.isInteger(revisionNumber) ? revisionNumber : -1,
    }),
  );
  const claims = await claimsAtRevision(getDb(), {
    actor,
    workspaceId: workspace.id,
    articleId,
    revisionId: article.revision.id,
  });
  // Where the claims were, not how they stand now: drawn alike.
  const drawn = claims.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    status: "unreviewed" as const,
    verdictColor: null,
    dimmed: false,
  }));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <Notice tone="info" className="mb-6">
        Revision {article.revision.number} of “{article.title}”, saved <TimeStamp date={article.revision.createdAt} />,
        with its {claims.length} claim{claims.length === 1 ? "" : "s"} as they were.{" "}
        <Link className="underline" href={`/w/${slug}/articles/${articleId}/revisions`}>
          All revisions
        </Link>{" "}
        ·{" "}
        <Link className="underline" href={`/w/${slug}/articles/${articleId}`}>
          Current text
        </Link>
      </Notice>
      <h1 className="mb-6 font-serif text-3xl font-semibold leading-tight text-ink">{article.title}</h1>
      <HighlightStyles claims={drawn} />
      <div className="space-y-4 font-serif text-lg leading-relaxed text-ink">
        <ArticleText text={article.revision.text} blocks={article.revision.blocks} claims={drawn} />
      </div>
    </main>
  );
}
