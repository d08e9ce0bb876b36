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
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { slug } = await params;
  const { cursor } = await searchParams;
  const { actor, workspace, member } = await loadWorkspace(slug);
  const { items, nextCursor } = await listArticles(getDb(), {
    actor,
    workspaceId: workspace.id,
    cursor: cursor ?? null,
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
      {items.length === 0 ? (
        <p className="text-stone-700">
          No articles yet.{can(member, "article.create") ? " Import one to start reviewing." : ""}
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
          <Link href={`/w/${slug}?cursor=${encodeURIComponent(nextCursor)}`} className={buttonClass("secondary")}>
            Older articles
          </Link>
        </p>
      ) : null}
    </main>
  );
}
