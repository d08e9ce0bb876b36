// Every reason a suggestion can carry. Weights are the only tuning knobs; positive ones combine as
// independent evidence (noisy-OR), negative ones scale the result down (see score-span.ts).

export interface SuggestionReason {
  code: string;
  /** Shown to people, e.g. "contains an amount of money". */
  label: string;
  /** Positive: evidence of a checkable claim; negative: evidence against. */
  weight: number;
}

export const REASONS = {
  money: { code: "money", label: "contains an amount of money", weight: 0.4 },
  percentage: { code: "percentage", label: "contains a percentage", weight: 0.4 },
  quantity: { code: "quantity", label: "contains a specific number or quantity", weight: 0.3 },
  date: { code: "date", label: "mentions a specific date or time", weight: 0.2 },
  namedAttribution: { code: "named-attribution", label: "attributes to a named source", weight: 0.25 },
  attribution: { code: "attribution", label: "attributes to a source", weight: 0.12 },
  dataSource: { code: "data-source", label: "cites a study, survey, report or data", weight: 0.2 },
  comparison: { code: "comparison", label: "makes a comparison or describes a change", weight: 0.2 },
  superlative: { code: "superlative", label: "uses a superlative, a record or a first", weight: 0.2 },
  causal: { code: "causal", label: "makes a causal statement", weight: 0.15 },
  legal: { code: "legal", label: "makes a legal or regulatory statement", weight: 0.2 },
  namedEntity: { code: "named-entity", label: "names a specific person, place or organisation", weight: 0.1 },
  opinion: { code: "opinion", label: "reads as opinion or advice", weight: -0.4 },
  hedge: { code: "hedge", label: "is hedged or speculative", weight: -0.15 },
  quotation: { code: "quotation", label: "is mostly a direct quotation", weight: -0.3 },
} as const satisfies Record<string, SuggestionReason>;

export type ReasonKey = keyof typeof REASONS;

/** Combines reasons into a 0..1 score: noisy-OR of the positive weights, damped by each negative one. */
export function combineWeights(reasons: readonly SuggestionReason[]): number {
  let missing = 1;
  let damping = 1;
  for (const { weight } of reasons) {
    if (weight > 0) missing *= 1 - Math.min(weight, 1);
    else damping *= 1 - Math.min(-weight, 1);
  }
  return (1 - missing) * damping;
}
