// Scores one span (a sentence or a clause) from the detectors' evidence.
import { wordingCueReasons } from "./wording-cues";
import { detectNumericReasons } from "./detect-numbers";
import { REASONS, combineWeights, type SuggestionReason } from "./reasons";

/** A span whose text is mostly quoted counts as a quotation. */
export const QUOTATION_SHARE = 0.5;

export interface ScoredSpan {
  score: number;
  reasons: SuggestionReason[];
}

/** Reasons (strongest first) and the combined score of a span of text. */
export function scoreSpan(text: string, quotedShareOfSpan = 0): ScoredSpan {
  const keys = [...detectNumericReasons(text), ...wordingCueReasons(text)];
  if (quotedShareOfSpan >= QUOTATION_SHARE) keys.push("quotation");
  const reasons: SuggestionReason[] = keys.map((key) => ({ ...REASONS[key] }));
  reasons.sort((a, b) => b.weight - a.weight);
  return { score: round(combineWeights(reasons)), reasons };
}

/** True when the span has at least one positive reason. */
export function hasEvidence(scored: ScoredSpan): boolean {
  return scored.reasons.some((reason) => reason.weight > 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
