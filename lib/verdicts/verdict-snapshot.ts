// A reviewer's verdict as the audit log records it (before and after each save) and as a save
// answers it: its fields, the rating's label and the ids of the linked sources, sorted.
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
