import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleView } from "@/lib/articles/get-article";
import { looksTruncated } from "@/lib/article-import/title";
import { formatDate } from "@/lib/format/dates";

export function ArticleHeader({
  article,
  base,
  canEdit,
  canSeeDashboard,
  actions,
}: {
  article: ArticleView;
  base: string;
  canEdit: boolean;
  canSeeDashboard: boolean;
  /** Archive and delete, for those who may. */
  actions?: ReactNode;
}) {
  return (
    <header className="mb-8 border-b border-stone-200 pb-6">
      {article.archivedAt ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          Archived on {formatDate(article.archivedAt)}: left out of the article list, still readable and exported.
        </p>
      ) : null}
      {article.outlet ? (
        <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">{article.outlet}</p>
      ) : null}
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight text-ink">{article.title}</h1>
      {looksTruncated(article.title) ? (
        <p role="note" className="no-print mt-2 text-sm text-amber-900">
          This title ends in “…”: it was probably cut at import.{" "}
          {canEdit ? (
            <Link href={`${base}/edit`} className="underline">
              Put in the real headline
            </Link>
          ) : (
            "An editor can put in the real headline."
          )}
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
        {article.byline ? (
          <div>
            <dt className="sr-only">Byline</dt>
            <dd>By {article.byline}</dd>
          </div>
        ) : null}
        {article.publishedAt || article.publishedLabel ? (
          <div>
            <dt className="sr-only">Published</dt>
            <dd>
              {article.publishedAt ? (
                <time dateTime={article.publishedAt.toISOString()} title={article.publishedLabel ?? undefined}>
                  {formatDate(article.publishedAt)}
                </time>
              ) : (
                article.publishedLabel
              )}
            </dd>
          </div>
        ) : null}
        {article.sourceUrl ? (
          <div className="min-w-0">
            <dt className="sr-only">Source</dt>
            <dd className="truncate">
              <a
                href={article.sourceUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-accent underline"
              >
                {new URL(article.sourceUrl).hostname.replace(/^www\./, "")}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="sr-only">Revision</dt>
          <dd className="text-stone-500">
            <Link href={`${base}/revisions`} className="underline">
              Revision {article.revision.number}
            </Link>
          </dd>
        </div>
      </dl>
      <div className="no-print mt-3 flex flex-wrap items-center justify-between gap-3">
        <p className="flex gap-4 text-sm">
          {canEdit ? (
            <Link href={`${base}/edit`} className="text-accent underline">
              Edit text or details
            </Link>
          ) : null}
          {canSeeDashboard ? (
            <Link
              href={`${base.replace(/\/articles\/.*/, "")}/dashboard?article=${article.id}`}
              className="text-accent underline"
            >
              Article dashboard
            </Link>
          ) : null}
        </p>
        {actions}
      </div>
    </header>
  );
}
