import type { Metadata } from "next";
import { cache } from "react";
import { getArticle } from "@/lib/articles/get-article";
import { listArticleClaims } from "@/lib/claims/list-article-claims";
import { getDb } from "@/lib/db/client";
import { loadWorkspace, orNotFound } from "@/lib/pages/load";
import { can } from "@/lib/permissions/can";
import { listTags } from "@/lib/tags/list-tags";
import { listRatingChoices } from "@/lib/ratings/list-rating-scale";
import { listMembers } from "@/lib/workspaces/list-members";
import { compactClaims } from "@/lib/reader/compact-claims";
import { ArticleActions } from "./_components/article-actions";
import { ArticleHeader } from "./_components/article-header";
import { ArticleWorkspace } from "./_components/article-workspace";
import { ExportPanel } from "@/components/exports/export-panel";
import { MentionMembersProvider } from "@/components/notifications/mention-members";

type Params = Promise<{ slug: string; articleId: string }>;

/** The article, read once per request for both the title and the page. */
const loadArticle = cache(async (slug: string, articleId: string) => {
  const { actor, workspace } = await loadWorkspace(slug);
  return orNotFound(getArticle(getDb(), { actor, workspaceId: workspace.id, articleId }));
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, articleId } = await params;
  const { article } = await loadArticle(slug, articleId);
  return { title: article.title };
}

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ claim?: string }>;
}) {
  const { slug, articleId } = await params;
  const { claim } = await searchParams;
  const { actor, workspace, member } = await loadWorkspace(slug);
  const db = getDb();
  const scope = { actor, workspaceId: workspace.id };
  const [{ article }, claims, members, tags, ratings] = await Promise.all([
    loadArticle(slug, articleId),
    orNotFound(listArticleClaims(db, { ...scope, articleId })),
    listMembers(db, scope),
    listTags(db, scope),
    listRatingChoices(db, scope),
  ]);
  return (
    <MentionMembersProvider members={members.map((m) => ({ id: m.userId, name: m.name }))}>
      <ArticleWorkspace
        workspaceId={workspace.id}
        articleId={article.id}
        revisionId={article.revision.id}
        text={article.revision.text}
        blocks={article.revision.blocks}
        initialClaims={compactClaims(claims, article.revision)}
        initialClaimId={claim && claims.some((c) => c.id === claim) ? claim : null}
        me={{ id: actor.userId, name: actor.user.name }}
        members={members.map((m) => ({ id: m.userId, name: m.name }))}
        knownTags={tags}
        ratings={ratings}
        canCreateClaim={can(member, "claim.create")}
        canAssign={can(member, "assignment.create")}
        reviewers={members.filter((m) => m.role !== "viewer").map((m) => ({ id: m.userId, name: m.name }))}
        header={
          <ArticleHeader
            article={article}
            base={`/w/${slug}/articles/${article.id}`}
            canEdit={can(member, "article.update")}
            canSeeDashboard={can(member, "verdict.read_others")}
            actions={
              <ArticleActions
                key={article.version}
                workspaceId={workspace.id}
                articleId={article.id}
                version={article.version}
                archived={article.archivedAt !== null}
                canArchive={can(member, "article.archive")}
                // A published verdict locks the article against deletion (archiving is the way out).
                canDelete={can(member, "article.delete") && !claims.some((c) => c.finalRating?.published)}
                listHref={`/w/${slug}`}
              />
            }
          />
        }
        exports={
          <ExportPanel
            workspaceId={workspace.id}
            articleIds={[article.id]}
            reportHref={`/w/${slug}/report?articles=${article.id}`}
            canBackup={false}
          />
        }
        canImport={can(member, "import.annotations")}
      />
    </MentionMembersProvider>
  );
}
