import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function listRevisions(db: Db, options: { actor: Actor; workspaceId: string; articleId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true, currentRevisionId: true },
  });
  if (!article) throw new AppError("not_found", "Article not found.");
  const revisions = await db.articleRevision.findMany({
    where: { articleId: article.id },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      contentHash: true,
      origin: true,
      message: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return revisions.map((r) => ({ ...r, current: r.id === article.currentRevisionId }));
}
