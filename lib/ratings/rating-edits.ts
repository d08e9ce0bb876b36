// What the rating scale's use cases (add, update, remove, reorder) share: the columns they read
// and audit, loading a rating of the workspace, its usage count, and the audit entry.
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";

export const ratingSelect = {
  id: true,
  label: true,
  description: true,
  color: true,
  ordinal: true,
  position: true,
  claimReviewName: true,
  claimReviewValue: true,
  archivedAt: true,
  version: true,
} as const;

export async function loadRating(tx: DbTx, workspaceId: string, ratingId: string) {
  const rating = await tx.rating.findFirst({
    where: { id: ratingId, workspaceId, archivedAt: null },
    select: ratingSelect,
  });
  if (!rating) throw new AppError("not_found", "Rating not found.");
  return rating;
}

export async function usageOf(tx: DbTx, ratingId: string): Promise<number> {
  const [verdicts, finals] = await Promise.all([
    tx.verdict.count({ where: { ratingId } }),
    tx.finalVerdict.count({ where: { ratingId } }),
  ]);
  return verdicts + finals;
}

export function recordRatingChange(
  audit: AuditTrail,
  workspaceId: string,
  actorId: string,
  action: string,
  ratingId: string,
  before: unknown,
  after: unknown,
) {
  return audit.record({
    workspaceId,
    actorId,
    action,
    entityType: "rating",
    entityId: ratingId,
    before: before ?? undefined,
    after: after ?? undefined,
  });
}
