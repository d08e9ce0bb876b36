// The claim a note is added to, inside the actor's workspace only ("not yours" = "not found"),
// with how many notes it holds already (the per-claim bound). One statement instead of two.
import { claimNotFound } from "../claims/load-claim-in-workspace";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";
import { rawCount } from "../db/raw-values";

export async function loadClaimForNote(tx: DbTx | SqlTx, options: { workspaceId: string; claimId: string }): Promise<{ id: string; articleId: string; notes: number }> {
  if (typeof options.claimId !== "string" || !options.claimId) throw claimNotFound();
  const [claim] = await sqlOf(tx).all<{ id: string; articleId: string; notes: unknown }>(
    `SELECT c."id", c."articleId", (SELECT COUNT(*) FROM "Note" n WHERE n."claimId" = c."id") AS "notes"
    FROM "Claim" c
    WHERE c."id" = ? AND c."workspaceId" = ?`,
    [options.claimId, options.workspaceId],
  );
  if (!claim) throw claimNotFound();
  return { id: claim.id, articleId: claim.articleId, notes: rawCount(claim.notes) };
}
