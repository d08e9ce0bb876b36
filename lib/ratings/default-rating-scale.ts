// The rating scale a new workspace starts with: five ordinal ratings (True first) and two
// non-ordinal outcomes. Admins edit it later; ClaimReview exports use name and value.
export interface RatingSeed {
  label: string;
  description: string;
  color: string;
  ordinal: boolean;
  claimReviewName: string;
  claimReviewValue: number | null;
}

export const DEFAULT_RATING_SCALE: readonly RatingSeed[] = [
  {
    label: "True",
    description: "Accurate; nothing significant missing.",
    color: "#15803d",
    ordinal: true,
    claimReviewName: "True",
    claimReviewValue: 5,
  },
  {
    label: "Mostly true",
    description: "Accurate but needs clarification or more context.",
    color: "#65a30d",
    ordinal: true,
    claimReviewName: "Mostly true",
    claimReviewValue: 4,
  },
  {
    label: "Mixed",
    description: "Partly accurate, partly not.",
    color: "#ca8a04",
    ordinal: true,
    claimReviewName: "Mixed",
    claimReviewValue: 3,
  },
  {
    label: "Mostly false",
    description: "An element of truth but ignores critical facts.",
    color: "#ea580c",
    ordinal: true,
    claimReviewName: "Mostly false",
    claimReviewValue: 2,
  },
  {
    label: "False",
    description: "Not accurate.",
    color: "#dc2626",
    ordinal: true,
    claimReviewName: "False",
    claimReviewValue: 1,
  },
  {
    label: "Unverifiable",
    description: "Cannot be proven or disproven with available evidence.",
    color: "#6b7280",
    ordinal: false,
    claimReviewName: "Unverifiable",
    claimReviewValue: null,
  },
  {
    label: "Not a factual claim",
    description: "Opinion, prediction or otherwise not checkable.",
    color: "#7c3aed",
    ordinal: false,
    claimReviewName: "Not a factual claim",
    claimReviewValue: null,
  },
];
