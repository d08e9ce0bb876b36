import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

/** Who last changed an entity, from the audit log (for "changed by X meanwhile" messages). */
export async function lastEditorOf(tx: DbTx | SqlTx, entityId: string): Promise<string | null> {
  const [entry] = await sqlOf(tx).all<{ actorId: string | null }>(
    `SELECT "actorId" FROM "AuditLog" WHERE "entityId" = ? ORDER BY "id" DESC LIMIT 1`,
    [entityId],
  );
  return entry?.actorId ?? null;
}
