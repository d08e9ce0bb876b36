// The editor's queue: claims whose reviewers gave different ratings, and how far apart they are.
import {
  rankOrdinalRatings,
  tabulateVerdicts,
  type RatingValue,
  type ScaleEntry,
  type VerdictRating,
} from "./verdict-table";

export interface Disagreement {
  claimId: string;
  /** The distinct ratings given, in scale order (ordinal first, then the rest by position). */
  ratingIds: RatingValue[];
  /** Each reviewer's rating, by reviewer id. */
  ratings: Array<{ reviewerId: string; ratingId: RatingValue }>;
  /**
   * Steps apart on the ordinal scale (highest rank minus lowest) when every rating is ordinal;
   * "categorical" when any rating is not (Unverifiable, Not a factual claim, or not on the scale).
   */
  spread: number | "categorical";
}

/**
 * Claims whose reviewers' ratings differ: widest ordinal spread first, then categorical ones;
 * ties by claim id so the order is stable.
 */
export function findDisagreements(verdicts: Iterable<VerdictRating>, scale: readonly ScaleEntry[]): Disagreement[] {
  const ranks = rankOrdinalRatings(scale);
  // Display order: ordinal ratings by position, then the other ratings by position, then ids not on the scale.
  const sorted = [...scale].sort(
    (a, b) => Number(b.ordinal) - Number(a.ordinal) || a.position - b.position || compare(a.id, b.id),
  );
  const displayOrder = new Map(sorted.map((entry, i) => [entry.id, i]));
  const byDisplayOrder = (a: RatingValue, b: RatingValue) =>
    (displayOrder.get(a) ?? Infinity) - (displayOrder.get(b) ?? Infinity) || compare(a, b);
  const result: Disagreement[] = [];
  for (const [claimId, byReviewer] of tabulateVerdicts(verdicts)) {
    const distinct = [...new Set(byReviewer.values())];
    if (distinct.length < 2) continue;
    distinct.sort(byDisplayOrder);
    const claimRanks = distinct.map((id) => ranks.get(id));
    const spread = claimRanks.every((rank) => rank !== undefined)
      ? Math.max(...claimRanks) - Math.min(...claimRanks)
      : "categorical";
    const ratings = [...byReviewer]
      .map(([reviewerId, ratingId]) => ({ reviewerId, ratingId }))
      .sort((a, b) => compare(a.reviewerId, b.reviewerId));
    result.push({ claimId, ratingIds: distinct, ratings, spread });
  }
  // Categorical disagreements sort below every ordinal spread of one step or more.
  const weight = (d: Disagreement) => (d.spread === "categorical" ? 0.5 : d.spread);
  return result.sort((a, b) => weight(b) - weight(a) || compare(a.claimId, b.claimId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
