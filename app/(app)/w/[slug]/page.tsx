import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/lib/articles/list-articles";
import { getDb } from "@/lib/db/client";
import { loadWorkspace } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format/dates";
import { progressLabel } from "@/lib/assignments/progress-label";
import { ArticleList } from "./_components/article-list";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ cursor?: string; archived?: string }>;
}) {
  const { slug } = await params;
  const { cursor, archived: archivedParam } = await searchParams;
  const archived = archivedParam === "1";
  const { actor, workspace, member } = await loadWorkspace(slug);
  const { items, nextCursor } = await listArticles(getDb(), {
    actor,
    workspaceId: workspace.id,
    cursor: cursor ?? null,
    archived,
  });
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader
        title="Articles"
        description="News texts under review in this workspace."
        actions={
          can(member, "article.create") ? (
            <Link href={`/w/${slug}/articles/new`} className={buttonClass()}>
              Import an article
            </Link>
          ) : null
        }
      />
      <nav aria-label="Which articles" className="mb-4 flex gap-1 text-sm">
        {[
          { label: "Current", href: `/w/${slug}`, current: !archived },
          { label: "Archived", href: `/w/${slug}?archived=1`, current: archived },
        ].map((tab) => (
          <Link
            key={tab.label}
            href={tab.href}
            aria-current={tab.current ? "page" : undefined}
            className={`rounded px-2.5 py-1 no-underline ${tab.current ? "bg-stone-200 font-medium text-ink" : "text-stone-700 hover:text-ink"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="text-stone-700">
          {archived
            ? "No archived articles."
            : `No articles yet.${can(member, "article.create") ? " Import one to start reviewing." : ""}`}
        </p>
      ) : (
        <ArticleList
          slug={slug}
          workspaceId={workspace.id}
          canBackup={can(member, "export.backup")}
          items={items.map((article) => ({
            id: article.id,
            title: article.title,
            meta: [article.outlet, article.byline, article.publishedAt ? formatDate(article.publishedAt) : null]
              .filter(Boolean)
              .join(" · "),
            counts: `${article.claimCount} claim${article.claimCount === 1 ? "" : "s"} · revision ${article.revisionCount}`,
            claimsByStatus: article.claimsByStatus,
            assignments: article.assignments.map((line) => ({
              assigneeId: line.assigneeId,
              label: [
                line.assigneeName,
                line.dueAt ? `due ${formatDate(line.dueAt)}` : null,
                progressLabel(line.progress),
              ]
                .filter(Boolean)
                .join(" · "),
              overdue: line.overdue,
            })),
          }))}
        />
      )}
      {nextCursor ? (
        <p className="mt-4">
          <Link
            href={`/w/${slug}?${archived ? "archived=1&" : ""}cursor=${encodeURIComponent(nextCursor)}`}
            className={buttonClass("secondary")}
          >
            Older articles
          </Link>
        </p>
      ) : null}
    </main>
  );
}
