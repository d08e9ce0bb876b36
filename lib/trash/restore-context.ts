import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";

/** What every restore works with: the deleting transaction's twin, and who restores where. */
export interface RestoreContext {
  tx: DbTx;
  audit: AuditTrail;
  workspaceId: string;
  actorId: string;
}
