import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { articleMetadataSelect } from "./article-metadata";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { updateArticleMetadataSchema } from "./schemas";

const select = { ...articleMetadataSelect, version: true } as const;

/** Editors fix an article's title, outlet, byline, date or source URL. */
export async function updateArticleMetadata(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.update");
  const { version, ...metadata } = updateArticleMetadataSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await tx.article.findFirst({
      where: { id: options.articleId, workspaceId: options.workspaceId },
      select,
    });
    if (!before) throw new AppError("not_found", "Article not found.");
    const updated = await tx.article.updateMany({
      where: { id: before.id, version },
      data: { ...metadata, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "article", await lastEditorOf(tx, before.id), before);
    const after = await tx.article.findUniqueOrThrow({ where: { id: before.id }, select });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "article.update",
      entityType: "article",
      entityId: before.id,
      articleId: before.id,
      before,
      after,
    });
    return after;
  });
}
