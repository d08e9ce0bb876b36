// Purging: a trash item's rows are dropped for good, with what depended on it (the trashed notes
// and sources of a purged claim, the trashed claims, notes and sources of a purged article),
// since those could never be restored. Each purge is an audit entry. Items past their 30 days
// are purged lazily, when the trash is listed and whenever something is deleted or restored:
// no timer runs, so every app instance may do it and none has to.
import type { Db, DbTx } from "../db/client";
import { writeWithAudit, type AuditTrail } from "../db/write-with-audit";
import type { TrashEntityType } from "./put-in-trash";

interface PurgedItem {
  id: string;
  workspaceId: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  label: string;
  deletedAt: Date;
  deletedById: string;
}

export const trashItemSelect = {
  id: true,
  workspaceId: true,
  entityType: true,
  entityId: true,
  articleId: true,
  claimId: true,
  label: true,
  deletedAt: true,
  deletedById: true,
} as const;

/** How many expired items one write purges (the next listing or deletion takes the rest). */
const EXPIRED_BATCH = 200;

export async function purgeItemsIn(
  tx: DbTx,
  audit: AuditTrail,
  items: PurgedItem[],
  by: { actorId: string | null; automatic: boolean },
): Promise<number> {
  if (items.length === 0) return 0;
  const ids = items.map((item) => item.id);
  const of = (type: TrashEntityType) => items.filter((item) => item.entityType === type).map((item) => item.entityId);
  const [articleIds, claimIds] = [of("article"), of("claim")];
  const dependents =
    articleIds.length || claimIds.length
      ? await tx.trashItem.findMany({
          where: {
            workspaceId: items[0]!.workspaceId,
            id: { notIn: ids },
            OR: [{ articleId: { in: articleIds } }, { claimId: { in: claimIds } }],
          },
          select: trashItemSelect,
        })
      : [];
  let purged = 0;
  for (const item of [...items, ...dependents]) {
    // One by one: another instance purging the same expired items at once must not be recorded twice.
    const { count } = await tx.trashItem.deleteMany({ where: { id: item.id } });
    if (count === 0) continue;
    purged += 1;
    await audit.record({
      workspaceId: item.workspaceId,
      actorId: by.actorId,
      action: `${item.entityType}.purge`,
      entityType: item.entityType as TrashEntityType,
      entityId: item.entityId,
      articleId: item.articleId,
      claimId: item.claimId,
      before: { label: item.label, deletedAt: item.deletedAt, deletedById: item.deletedById },
      after: { automatic: by.automatic },
    });
  }
  return purged;
}

/** Purges the workspace's items past their date, inside a caller's write. */
export async function purgeExpiredIn(tx: DbTx, audit: AuditTrail, workspaceId: string, now: Date): Promise<number> {
  const expired = await tx.trashItem.findMany({
    where: { workspaceId, purgeAfter: { lte: now } },
    orderBy: { purgeAfter: "asc" },
    take: EXPIRED_BATCH,
    select: trashItemSelect,
  });
  return purgeItemsIn(tx, audit, expired, { actorId: null, automatic: true });
}

/** The same as a write of its own, skipped (one indexed read) when nothing has expired. */
export async function purgeExpiredTrash(db: Db, options: { workspaceId: string; now: Date }): Promise<number> {
  const any = await db.trashItem.findFirst({
    where: { workspaceId: options.workspaceId, purgeAfter: { lte: options.now } },
    select: { id: true },
  });
  if (!any) return 0;
  return writeWithAudit(db, (tx, audit) => purgeExpiredIn(tx, audit, options.workspaceId, options.now));
}
