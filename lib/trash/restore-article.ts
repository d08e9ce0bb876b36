import { upsertSearchEntry } from "../search/search-entries";
import { insertClaimGraphs } from "./insert-claim-graphs";
import type { StoredPayload } from "./payload";
import type { RestoreContext } from "./restore-context";

type ArticlePayload = Extract<StoredPayload, { kind: "article" }>;

/** Writes the article back with its revisions, claims (and all on them), assignments and dismissals. */
export async function restoreArticle({ tx, audit, workspaceId, actorId }: RestoreContext, payload: ArticlePayload) {
  const { article, revisions, claims, assignments, dismissals } = payload.graph;
  // The article points at its current revision, which points back at it: article first, then
  // its revisions, then the pointer (with the article's own time, not the restore's).
  await tx.article.create({ data: { ...article, currentRevisionId: null } });
  if (revisions.length) await tx.articleRevision.createMany({ data: revisions });
  await tx.article.update({
    where: { id: article.id },
    data: { currentRevisionId: article.currentRevisionId, updatedAt: article.updatedAt },
  });
  await insertClaimGraphs(tx, workspaceId, claims);
  if (assignments.length) await tx.assignment.createMany({ data: assignments });
  if (dismissals.length) await tx.suggestionDismissal.createMany({ data: dismissals });
  const current = revisions.find((revision) => revision.id === article.currentRevisionId);
  await upsertSearchEntry(tx, {
    workspaceId,
    kind: "article",
    entityId: article.id,
    articleId: article.id,
    body: `${article.title}\n\n${current?.text ?? ""}`,
  });
  await audit.record({
    workspaceId,
    actorId,
    action: "article.restore",
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    after: { title: article.title, revisions: revisions.length, claims: claims.length },
  });
}
