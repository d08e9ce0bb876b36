// Claim suggestions for Margin: explainable rules that propose sentences likely to hold
// checkable factual claims. Pure TypeScript, no DOM, no model.
export { suggestClaims, DEFAULT_MIN_SCORE, type Suggestion, type SuggestClaimsOptions } from "./suggest-claims";
export { splitSentences, type TextSpan } from "./split-sentences";
export { REASONS, type SuggestionReason } from "./reasons";
