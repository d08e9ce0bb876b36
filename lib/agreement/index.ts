// Reviewer agreement statistics, pure TypeScript: Krippendorff's alpha, pairwise agreement with
// Cohen's kappa, the summary the dashboard shows, and the disagreements an editor settles.
export {
  krippendorffAlpha,
  type AlphaMetric,
  type AlphaOptions,
  type AlphaResult,
  type AlphaUndefinedReason,
} from "./krippendorff-alpha";
export { pairwiseAgreement, pairwiseAgreementByUnit, type CodedValue, type PairAgreement } from "./pairwise-agreement";
export {
  DEFAULT_MINIMUM_UNITS,
  summarizeAgreement,
  type AgreementSummary,
  type InsufficientCode,
  type Statistic,
  type SummarizeAgreementInput,
} from "./summarize-agreement";
export { findDisagreements, type Disagreement } from "./find-disagreements";
export {
  rankOrdinalRatings,
  tabulateVerdicts,
  type RatingValue,
  type ScaleEntry,
  type VerdictRating,
  type VerdictTable,
} from "./verdict-table";
