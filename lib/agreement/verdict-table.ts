// Shared shapes for agreement on a workspace's verdicts: the verdicts grouped by claim, and the
// ranks of the ordinal part of the rating scale.
export type RatingValue = string;

export interface VerdictRating {
  claimId: string;
  reviewerId: string;
  ratingId: RatingValue;
}

export interface ScaleEntry {
  id: RatingValue;
  /** Part of the ordered scale (True … False); false for outcomes such as Unverifiable. */
  ordinal: boolean;
  /** Place in the workspace's scale; non-ordinal ratings may sit between ordinal ones. */
  position: number;
}

/** Claim id -> reviewer id -> rating id. One verdict per reviewer and claim: a later duplicate replaces an earlier one. */
export type VerdictTable = Map<string, Map<string, RatingValue>>;

export function tabulateVerdicts(verdicts: Iterable<VerdictRating>): VerdictTable {
  const table: VerdictTable = new Map();
  for (const { claimId, reviewerId, ratingId } of verdicts) {
    let claim = table.get(claimId);
    if (!claim) table.set(claimId, (claim = new Map()));
    claim.set(reviewerId, ratingId);
  }
  return table;
}

/**
 * Rank of each ordinal rating: 0 for the first position, counting distinct positions only, so gaps
 * (removed ratings) and non-ordinal ratings in between add no steps. Ratings sharing a position
 * (an archived rating and the one that replaced it) share a rank.
 */
export function rankOrdinalRatings(scale: readonly ScaleEntry[]): Map<RatingValue, number> {
  const ordinal = scale.filter((entry) => entry.ordinal);
  const positions = [...new Set(ordinal.map((entry) => entry.position))].sort((a, b) => a - b);
  const rankOfPosition = new Map(positions.map((position, rank) => [position, rank]));
  return new Map(ordinal.map((entry) => [entry.id, rankOfPosition.get(entry.position)!]));
}
