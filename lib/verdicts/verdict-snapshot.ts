// A reviewer's verdict as the audit log records it (before and after each save) and as a save
// answers it: its fields, the rating's label and the ids of the linked sources, sorted.
import type { DbTx } from "../db/client";

export interface VerdictSnapshot {
  id: string;
  claimId: string;
  reviewerId: string;
  ratingId: string;
  confidence: number;
  rationale: string;
  submittedAt: Date | null;
  version: number;
  rating: string;
  sourceIds: string[];
}

/** One row of the verdict joined with its rating and (left) with its linked sources. */
export type VerdictSourceRow = Omit<VerdictSnapshot, "sourceIds"> & { sourceId: string | null };

/**
 * The reviewer's verdict on a claim, or null. One statement: Prisma's nested select would read the
 * verdict, its rating and its sources in three.
 */
export async function findVerdictSnapshot(tx: DbTx, claimId: string, reviewerId: string): Promise<VerdictSnapshot | null> {
  const rows = await tx.$queryRaw<VerdictSourceRow[]>`
    SELECT v."id", v."claimId", v."reviewerId", v."ratingId", v."confidence", v."rationale", v."submittedAt", v."version",
      r."label" AS "rating", vs."sourceId"
    FROM "Verdict" v
    JOIN "Rating" r ON r."id" = v."ratingId"
    LEFT JOIN "VerdictSource" vs ON vs."verdictId" = v."id"
    WHERE v."claimId" = ${claimId} AND v."reviewerId" = ${reviewerId}`;
  return snapshotOfRows(rows);
}

export function snapshotOfRows(rows: VerdictSourceRow[]): VerdictSnapshot | null {
  const [first] = rows;
  if (!first) return null;
  const { sourceId: _sourceId, ...fields } = first;
  return { ...fields, sourceIds: rows.flatMap((row) => (row.sourceId === null ? [] : [row.sourceId])).sort() };
}

/**
 * The verdict as a save leaves it, from what the save wrote: reading it back would only return
 * the same values (the save's own transaction, its version check passed).
 */
export function savedVerdictSnapshot(
  saved: { id: string; claimId: string; reviewerId: string; submittedAt: Date | null; version: number },
  fields: { ratingId: string; confidence: number; rationale: string },
  ratingLabel: string,
  sourceIds: string[],
): VerdictSnapshot {
  return {
    id: saved.id,
    claimId: saved.claimId,
    reviewerId: saved.reviewerId,
    ratingId: fields.ratingId,
    confidence: fields.confidence,
    rationale: fields.rationale,
    submittedAt: saved.submittedAt,
    version: saved.version,
    rating: ratingLabel,
    sourceIds: [...sourceIds].sort(),
  };
}
