// The claim a note is added to, inside the actor's workspace only ("not yours" = "not found"),
// with how many notes it holds already (the per-claim bound) and its activity (its status after
// the note). One statement.
import { claimNotFound } from "../claims/load-claim-in-workspace";
import {
  CLAIM_ACTIVITY_COLUMNS,
  claimWithActivityOf,
  type ClaimActivityRow,
  type ClaimWithActivity,
} from "../claims/refresh-claim-status";
import type { DbTx } from "../db/client";
import { rawCount } from "../db/raw-values";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

export interface ClaimForNote extends ClaimWithActivity {
  /** Notes on the claim, deleted ones included (they keep their place in threads). */
  notes: number;
}

export async function loadClaimForNote(
  tx: DbTx | SqlTx,
  options: { workspaceId: string; claimId: string },
): Promise<ClaimForNote> {
  if (typeof options.claimId !== "string" || !options.claimId) throw claimNotFound();
  const [claim] = await sqlOf(tx).all<ClaimActivityRow & { id: string; notes: unknown }>(
    `SELECT c."id", (SELECT COUNT(*) FROM "Note" n WHERE n."claimId" = c."id") AS "notes", ${CLAIM_ACTIVITY_COLUMNS}
    FROM "Claim" c
    WHERE c."id" = ? AND c."workspaceId" = ?`,
    [options.claimId, options.workspaceId],
  );
  if (!claim) throw claimNotFound();
  return { ...claimWithActivityOf(claim.id, claim), notes: rawCount(claim.notes) };
}
