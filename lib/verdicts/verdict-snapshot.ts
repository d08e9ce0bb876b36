import type { DbTx } from "../db/client";

export const verdictSnapshotSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  ratingId: true,
  confidence: true,
  rationale: true,
  submittedAt: true,
  version: true,
  rating: { select: { label: true } },
  sources: { select: { sourceId: true } },
} as const;

export async function verdictSnapshot(tx: DbTx, verdictId: string) {
  const verdict = await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: verdictSnapshotSelect });
  const { rating, sources, ...rest } = verdict;
  return { ...rest, rating: rating.label, sourceIds: sources.map((s) => s.sourceId).sort() };
}
