// What a reviewer's verdict save reads before it writes, in one statement (it was six look-ups):
// the claim, inside the actor's workspace only ("not yours" = "not found"); whether its final
// verdict is published (verdicts are locked then); the chosen rating's label if the rating is on
// the workspace's current scale; and the reviewer's current verdict with its rating's label and
// linked sources (one row per source: the verdict is joined with them); and the claim's activity
// (its status after the save).
import { claimNotFound } from "../claims/load-claim-in-workspace";
import {
  CLAIM_ACTIVITY_COLUMNS,
  claimWithActivityOf,
  type ClaimActivityRow,
  type ClaimWithActivity,
} from "../claims/refresh-claim-status";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";
import { rawBoolean, rawDateOrNull, type RawDate } from "../db/raw-values";
import type { VerdictSnapshot } from "./verdict-snapshot";

export interface ClaimForVerdictRow extends ClaimActivityRow {
  claimId: string;
  published: unknown;
  ratingLabel: string | null;
  /** The reviewer's verdict (null columns when there is none). */
  verdictId: string | null;
  reviewerId: string | null;
  ratingId: string | null;
  confidence: number | null;
  rationale: string | null;
  submittedAt: RawDate | null;
  version: number | null;
  rating: string | null;
  sourceId: string | null;
}

export interface ClaimForVerdict extends ClaimWithActivity {
  published: boolean;
  /** null when the rating is not on the workspace's scale (another workspace's, archived, unknown). */
  ratingLabel: string | null;
  /** The reviewer's verdict as it stands, or null when they have none on this claim. */
  verdict: VerdictSnapshot | null;
}

export async function loadClaimForVerdict(
  tx: DbTx | SqlTx,
  options: { workspaceId: string; claimId: string; reviewerId: string; ratingId: string },
): Promise<ClaimForVerdict> {
  if (typeof options.claimId !== "string" || !options.claimId) throw claimNotFound();
  const rows = await sqlOf(tx).all<ClaimForVerdictRow>(
    `SELECT c."id" AS "claimId", ${CLAIM_ACTIVITY_COLUMNS},
      EXISTS (SELECT 1 FROM "FinalVerdict" f WHERE f."claimId" = c."id" AND f."published" = TRUE) AS "published",
      (SELECT r."label" FROM "Rating" r WHERE r."id" = ? AND r."workspaceId" = c."workspaceId" AND r."archivedAt" IS NULL) AS "ratingLabel",
      v."id" AS "verdictId", v."reviewerId", v."ratingId", v."confidence", v."rationale", v."submittedAt", v."version",
      vr."label" AS "rating", vs."sourceId"
    FROM "Claim" c
    LEFT JOIN "Verdict" v ON v."claimId" = c."id" AND v."reviewerId" = ?
    LEFT JOIN "Rating" vr ON vr."id" = v."ratingId"
    LEFT JOIN "VerdictSource" vs ON vs."verdictId" = v."id"
    WHERE c."id" = ? AND c."workspaceId" = ?`,
    [options.ratingId, options.reviewerId, options.claimId, options.workspaceId],
  );
  const claim = claimForVerdictOfRows(rows);
  if (!claim) throw claimNotFound();
  return claim;
}

/** Folds the rows of that statement (none: no such claim here). */
export function claimForVerdictOfRows(rows: ClaimForVerdictRow[]): ClaimForVerdict | null {
  const [first] = rows;
  if (!first) return null;
  const verdict: VerdictSnapshot | null =
    first.verdictId === null
      ? null
      : {
          id: first.verdictId,
          claimId: first.claimId,
          reviewerId: first.reviewerId!,
          ratingId: first.ratingId!,
          confidence: first.confidence!,
          rationale: first.rationale!,
          submittedAt: rawDateOrNull(first.submittedAt),
          version: first.version!,
          rating: first.rating!,
          sourceIds: rows.flatMap((row) => (row.sourceId === null ? [] : [row.sourceId])).sort(),
        };
  return {
    ...claimWithActivityOf(first.claimId, first),
    published: rawBoolean(first.published),
    ratingLabel: first.ratingLabel,
    verdict,
  };
}
