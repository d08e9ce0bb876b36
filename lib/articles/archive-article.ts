import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { archiveArticleSchema } from "./schemas";

/**
 * Archives an article (it leaves the workspace's list for the "Archived" one, and stays readable,
 * searchable and exported) or brings it back. Nothing else about it changes.
 */
export async function archiveArticle(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.archive");
  const { archived, version } = archiveArticleSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const select = { id: true, title: true, archivedAt: true, version: true } as const;
    const before =
      typeof options.articleId === "string"
        ? await tx.article.findFirst({ where: { id: options.articleId, workspaceId: options.workspaceId }, select })
        : null;
    if (!before) throw new AppError("not_found", "Article not found.");
    if ((before.archivedAt !== null) === archived && before.version === version) return before;
    const updated = await tx.article.updateMany({
      where: { id: before.id, version },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "article", await lastEditorOf(tx, before.id), before);
    const after = await tx.article.findUniqueOrThrow({ where: { id: before.id }, select });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: archived ? "article.archive" : "article.unarchive",
      entityType: "article",
      entityId: before.id,
      articleId: before.id,
      before,
      after,
    });
    return after;
  });
}
