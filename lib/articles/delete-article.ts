import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { removeSearchEntries } from "../search/search-entries";
import { claimUnchangedSince, collectClaimGraphs } from "../trash/collect-claim-graphs";
import { purgeExpiredIn } from "../trash/purge-expired";
import { putInTrash } from "../trash/put-in-trash";
import { getMemberActor } from "../workspaces/get-member-actor";
import { deleteArticleSchema } from "./schemas";

/**
 * Moves an article to the trash with its revisions, claims (and everything on them), assignments
 * and dismissed suggestions; an editor can restore it for 30 days. Refused while a claim of it
 * has a published final verdict: archiving keeps such an article without listing it.
 */
export async function deleteArticle(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.delete");
  const { version } = deleteArticleSchema.parse(options.input);
  await writeWithAudit(db, async (tx, audit) => {
    const article =
      typeof options.articleId === "string"
        ? await tx.article.findFirst({ where: { id: options.articleId, workspaceId: options.workspaceId } })
        : null;
    if (!article) throw new AppError("not_found", "Article not found.");
    const snapshot = { id: article.id, title: article.title, version: article.version };
    const stale = async () => staleWrite(tx, "article", await lastEditorOf(tx, article.id), snapshot);
    if (article.version !== version) throw await stale();
    const published = await tx.finalVerdict.count({ where: { claim: { articleId: article.id }, published: true } });
    if (published)
      throw new AppError(
        "locked",
        `${published === 1 ? "A claim" : `${published} claims`} of this article ${published === 1 ? "has" : "have"} a published verdict. Unpublish first, or archive the article instead.`,
      );
    const [revisions, claimRows, assignments, dismissals] = await Promise.all([
      tx.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" } }),
      tx.claim.findMany({ where: { articleId: article.id }, select: { id: true } }),
      tx.assignment.findMany({ where: { articleId: article.id, claimId: null }, orderBy: { id: "asc" } }),
      tx.suggestionDismissal.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } }),
    ]);
    const claims = await collectClaimGraphs(
      tx,
      claimRows.map((claim) => claim.id),
    );
    // Claims first (they hold on to revisions), each only as collected; then the article, only
    // if nothing was added to it meanwhile, which its cascade would delete without a trace.
    if (claims.length) {
      const removed = await tx.claim.deleteMany({ where: { OR: claims.map(claimUnchangedSince) } });
      if (removed.count !== claims.length) throw await stale();
    }
    const deleted = await tx.article.deleteMany({
      where: {
        id: article.id,
        version,
        claims: { none: {} },
        assignments: { every: { id: { in: assignments.map((a) => a.id) } } },
      },
    });
    if (deleted.count !== 1) throw await stale();
    await removeSearchEntries(tx, [
      article.id,
      ...claims.flatMap((graph) => [
        graph.claim.id,
        ...graph.notes.map((note) => note.row.id),
        ...graph.sources.map((source) => source.id),
      ]),
    ]);
    await putInTrash(tx, {
      workspaceId: options.workspaceId,
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      claimId: null,
      label: article.title,
      payload: { format: 1, kind: "article", graph: { article, revisions, claims, assignments, dismissals } },
      deletedById: member.userId,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "article.delete",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      before: { ...snapshot, revisions: revisions.length, claims: claims.length },
    });
    await purgeExpiredIn(tx, audit, options.workspaceId, new Date());
  });
}
