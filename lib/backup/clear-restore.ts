// Clears a restore that did not finish (the server stopped, the upload failed, or an admin
// cancelled it): everything it wrote goes, in short transactions, and the workspace is empty and
// usable again. Only a workspace marked as restoring is touched.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

/** Workspaces this process is restoring into right now. */
export const runningRestores = new Set<string>();

/** Cancels (or clears an interrupted) restore into the workspace. Admins only. */
export async function cancelRestore(db: Db, options: { actor: Actor; workspaceId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.restore");
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: options.workspaceId },
    select: { restoringAt: true },
  });
  if (!workspace.restoringAt) throw new AppError("conflict", "No restore is running in this workspace.");
  await clearRestore(db, options.workspaceId, workspace.restoringAt);
  await recordAudit(db, {
    workspaceId: options.workspaceId,
    actorId: member.userId,
    action: "workspace.restore_cancel",
    entityType: "workspace",
    entityId: options.workspaceId,
  });
  return { cleared: true };
}

/** Removes what the restore marked by `token` wrote, article by article; no-op if another restore owns it. */
export async function clearRestore(db: Db, workspaceId: string, token: Date): Promise<void> {
  const owns = async () =>
    (
      await db.workspace.findUnique({ where: { id: workspaceId }, select: { restoringAt: true } })
    )?.restoringAt?.getTime() === token.getTime();
  if (!(await owns())) return;
  // First take the mark away: a running restore stops at its next batch.
  await db.workspace.updateMany({ where: { id: workspaceId, restoringAt: token }, data: { restoringAt: new Date(0) } });
  for (;;) {
    const articles = await db.article.findMany({ where: { workspaceId }, select: { id: true }, take: 5 });
    if (articles.length === 0) break;
    await transaction(db, async (tx) => {
      const ids = articles.map((a) => a.id);
      await tx.searchEntry.deleteMany({ where: { articleId: { in: ids } } });
      await tx.article.updateMany({ where: { id: { in: ids } }, data: { currentRevisionId: null } });
      await tx.article.deleteMany({ where: { id: { in: ids } } });
    });
  }
  await transaction(db, async (tx) => {
    await tx.tag.deleteMany({ where: { workspaceId } });
    await tx.searchEntry.deleteMany({ where: { workspaceId } });
    await tx.auditLog.deleteMany({ where: { workspaceId, imported: true } });
    await tx.workspace.update({ where: { id: workspaceId }, data: { restoringAt: null } });
  });
}
