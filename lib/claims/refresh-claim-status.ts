// Recomputes a claim's status after a change to its notes, sources or verdicts, and records
// the move in the audit log when it changes.
import type { AuditTrail } from "../db/write-with-audit";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";
import { rawBoolean } from "../db/raw-values";
import { deriveClaimStatus, type ClaimActivity } from "./claim-status";

/**
 * A claim's status and whether each kind of activity exists, as columns of a statement over
 * `"Claim" c`: each an indexed look-up by claim that stops at the first row. (Prisma's relation
 * `_count` aggregated whole tables.) The note and verdict writes read these with the claim they
 * load, before their change, and add the change's own effect (one round trip fewer per write).
 */
export const CLAIM_ACTIVITY_COLUMNS = `c."status", c."workspaceId", c."articleId",
      EXISTS (SELECT 1 FROM "Note" n WHERE n."claimId" = c."id" AND n."deletedAt" IS NULL) AS "hasNotes",
      EXISTS (SELECT 1 FROM "Source" s WHERE s."claimId" = c."id") AS "hasSources",
      EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id") AS "hasVerdicts",
      EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."submittedAt" IS NOT NULL) AS "hasSubmittedVerdicts",
      EXISTS (SELECT 1 FROM "FinalVerdict" f WHERE f."claimId" = c."id") AS "hasFinalVerdict"`;

export interface ClaimActivityRow {
  status: string;
  workspaceId: string;
  articleId: string;
  hasNotes: unknown;
  hasSources: unknown;
  hasVerdicts: unknown;
  hasSubmittedVerdicts: unknown;
  hasFinalVerdict: unknown;
}

/** A claim as its status is settled: where it stands now, and what it holds. */
export interface ClaimWithActivity {
  id: string;
  workspaceId: string;
  articleId: string;
  status: string;
  activity: ClaimActivity;
}

export function claimWithActivityOf(id: string, row: ClaimActivityRow): ClaimWithActivity {
  const count = (value: unknown) => (rawBoolean(value) ? 1 : 0);
  return {
    id,
    workspaceId: row.workspaceId,
    articleId: row.articleId,
    status: row.status,
    activity: {
      notes: count(row.hasNotes),
      sources: count(row.hasSources),
      verdicts: count(row.hasVerdicts),
      submittedVerdicts: count(row.hasSubmittedVerdicts),
      hasFinalVerdict: rawBoolean(row.hasFinalVerdict),
    },
  };
}

export async function refreshClaimStatus(
  tx: DbTx | SqlTx,
  audit: AuditTrail,
  claimId: string,
  actorId: string,
): Promise<void> {
  const [row] = await sqlOf(tx).all<ClaimActivityRow>(
    `SELECT ${CLAIM_ACTIVITY_COLUMNS} FROM "Claim" c WHERE c."id" = ?`,
    [claimId],
  );
  if (row) await settleClaimStatus(tx, audit, claimWithActivityOf(claimId, row), actorId);
}

/** Moves the claim to the status its activity calls for, if that is another, and records the move. */
export async function settleClaimStatus(
  tx: DbTx | SqlTx,
  audit: AuditTrail,
  claim: ClaimWithActivity,
  actorId: string,
): Promise<void> {
  const status = deriveClaimStatus(claim.activity);
  if (status === claim.status) return;
  // As Prisma's update wrote it: the status and the time (@updatedAt), not the version.
  await sqlOf(tx).run(`UPDATE "Claim" SET "status" = ?, "updatedAt" = ? WHERE "id" = ?`, [
    status,
    new Date(),
    claim.id,
  ]);
  await audit.record({
    workspaceId: claim.workspaceId,
    actorId,
    action: "claim.status_change",
    entityType: "claim",
    entityId: claim.id,
    articleId: claim.articleId,
    claimId: claim.id,
    before: { status: claim.status },
    after: { status },
  });
}
