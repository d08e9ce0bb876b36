// Recomputes a claim's status after a change to its notes, sources or verdicts, and records
// the move in the audit log when it changes.
import type { AuditTrail } from "../db/write-with-audit";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";
import { rawBoolean } from "../db/raw-values";
import { deriveClaimStatus } from "./claim-status";

interface ClaimActivityRow {
  status: string;
  workspaceId: string;
  articleId: string;
  notes: unknown;
  sources: unknown;
  verdicts: unknown;
  submittedVerdicts: unknown;
  finalVerdict: unknown;
}

export async function refreshClaimStatus(tx: DbTx | SqlTx, audit: AuditTrail, claimId: string, actorId: string): Promise<void> {
  // One statement: the claim and whether each kind of activity exists, each an indexed look-up
  // by claim that stops at the first row. (Prisma's relation `_count` aggregated whole tables;
  // six separate look-ups cost six round trips through Prisma's client on every write.)
  const sql = sqlOf(tx);
  const [claim] = await sql.all<ClaimActivityRow>(
    `SELECT c."status", c."workspaceId", c."articleId",
      EXISTS (SELECT 1 FROM "Note" n WHERE n."claimId" = c."id" AND n."deletedAt" IS NULL) AS "notes",
      EXISTS (SELECT 1 FROM "Source" s WHERE s."claimId" = c."id") AS "sources",
      EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id") AS "verdicts",
      EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."submittedAt" IS NOT NULL) AS "submittedVerdicts",
      EXISTS (SELECT 1 FROM "FinalVerdict" f WHERE f."claimId" = c."id") AS "finalVerdict"
    FROM "Claim" c WHERE c."id" = ?`,
    [claimId],
  );
  if (!claim) return;
  const count = (value: unknown) => (rawBoolean(value) ? 1 : 0);
  const status = deriveClaimStatus({
    notes: count(claim.notes),
    sources: count(claim.sources),
    verdicts: count(claim.verdicts),
    submittedVerdicts: count(claim.submittedVerdicts),
    hasFinalVerdict: rawBoolean(claim.finalVerdict),
  });
  if (status === claim.status) return;
  // As Prisma's update wrote it: the status and the time (@updatedAt), not the version.
  await sql.run(`UPDATE "Claim" SET "status" = ?, "updatedAt" = ? WHERE "id" = ?`, [status, new Date(), claimId]);
  await audit.record({
    workspaceId: claim.workspaceId,
    actorId,
    action: "claim.status_change",
    entityType: "claim",
    entityId: claimId,
    articleId: claim.articleId,
    claimId,
    before: { status: claim.status },
    after: { status },
  });
}
