import type { DbTx } from "../db/client";

/** Who last changed an entity, from the audit log (for "changed by X meanwhile" messages). */
export async function lastEditorOf(tx: DbTx, entityId: string): Promise<string | null> {
  const entry = await tx.auditLog.findFirst({
    where: { entityId },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  return entry?.actorId ?? null;
}
