// Where a claim stands. Margin moves it automatically: the first note, source or verdict puts it
// "in review", a submitted verdict makes it "verdict proposed", a final verdict makes it "final".
export const CLAIM_STATUSES = ["unreviewed", "in_review", "verdict_proposed", "final"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: "Unreviewed",
  in_review: "In review",
  verdict_proposed: "Verdict proposed",
  final: "Final",
};

/** The statuses in their order, as a filter's choices. */
export const CLAIM_STATUS_CHOICES = CLAIM_STATUSES.map((status) => ({
  value: status,
  label: CLAIM_STATUS_LABELS[status],
}));

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}

export interface ClaimActivity {
  notes: number;
  sources: number;
  verdicts: number;
  submittedVerdicts: number;
  hasFinalVerdict: boolean;
}

export function deriveClaimStatus(activity: ClaimActivity): ClaimStatus {
  if (activity.hasFinalVerdict) return "final";
  if (activity.submittedVerdicts > 0) return "verdict_proposed";
  if (activity.notes + activity.sources + activity.verdicts > 0) return "in_review";
  return "unreviewed";
}
