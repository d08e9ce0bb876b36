// Margin's anchoring library: W3C selectors for claims, and re-finding claims in changed text.
// Pure TypeScript; positions are Unicode code points at the API, UTF-16 inside.
export { CodePointIndex, codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from "./code-points";
export { anchorClaimsInText } from "./anchor-claims";
export { anchorInText, QuoteMatcher, type AnchorOptions, type MatchHints } from "./quote-matcher";
export { reanchorClaims } from "./reanchor";
export {
  describeRange,
  DEFAULT_CONTEXT_LENGTH,
  type AnchorResult,
  type AnchorState,
  type ClaimSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./selectors";
export { equalSegments, type EqualSegment } from "./text-diff";
export * as anchoringThresholds from "./thresholds";
