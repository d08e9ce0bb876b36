// What the app shows about reviewer agreement: Krippendorff's alpha with the ordinal metric over
// the ordinal part of the rating scale, with the nominal metric over every rating, pairwise
// agreement, and a plain "not enough data" instead of a number that would mean nothing.
import { krippendorffAlpha, type AlphaResult } from "./krippendorff-alpha";
import { pairwiseAgreementByUnit, type PairAgreement } from "./pairwise-agreement";
import {
  rankOrdinalRatings,
  tabulateVerdicts,
  type ScaleEntry,
  type VerdictRating,
  type VerdictTable,
} from "./verdict-table";

export type InsufficientCode = "too_few_units" | "no_variation";

export type Statistic =
  | {
      status: "ok";
      alpha: number;
      /** claims with 2+ ratings counted */ units: number;
      /** ratings in those claims */ values: number;
    }
  | { status: "insufficient"; code: InsufficientCode; /** a sentence for the editor */ reason: string; units: number };

export interface AgreementSummary {
  /** Ordinal alpha over verdicts with an ordinal rating (others count as missing). */
  ordinal: Statistic;
  /** Nominal alpha over all verdicts: every rating its own category. */
  nominal: Statistic;
  /** Reviewer pairs that share at least one claim. */
  pairs: PairAgreement[];
  /** Claims with at least one verdict. */
  ratedClaims: number;
  /** Claims with verdicts from two or more reviewers: what agreement can be measured on. */
  pairableClaims: number;
  minimumUnits: number;
}

export const DEFAULT_MINIMUM_UNITS = 5;

export interface SummarizeAgreementInput {
  verdicts: Iterable<VerdictRating>;
  scale: readonly ScaleEntry[];
  /** Fewer claims with 2+ ratings than this and a statistic reports "insufficient". Default 5. */
  minimumUnits?: number;
}

/** @throws RangeError when minimumUnits is not a non-negative integer */
export function summarizeAgreement(input: SummarizeAgreementInput): AgreementSummary {
  const minimumUnits = input.minimumUnits ?? DEFAULT_MINIMUM_UNITS;
  if (!Number.isInteger(minimumUnits) || minimumUnits < 0)
    throw new RangeError(`minimumUnits must be a non-negative integer; got ${minimumUnits}.`);
  const table = tabulateVerdicts(input.verdicts);
  const ranks = rankOrdinalRatings(input.scale);
  // Ordinal alpha runs on ranks, not rating ids, so ratings sharing a position are the same point on the scale.
  const ordinalUnits = unitsOf(table, (ratingId) => ranks.get(ratingId) ?? null);
  const order = [...new Set(ranks.values())].sort((a, b) => a - b);
  const ordinal = order.length ? krippendorffAlpha(ordinalUnits, { metric: "ordinal", order }) : emptyResult();
  const nominal = krippendorffAlpha(
    unitsOf(table, (ratingId) => ratingId),
    { metric: "nominal" },
  );
  const pairs = pairwiseAgreementByUnit(table.values());
  return {
    ordinal: toStatistic(ordinal, minimumUnits, "ratings on the ordered scale"),
    nominal: toStatistic(nominal, minimumUnits, "ratings"),
    pairs,
    ratedClaims: table.size,
    pairableClaims: [...table.values()].filter((byReviewer) => byReviewer.size >= 2).length,
    minimumUnits,
  };
}

function unitsOf<V>(table: VerdictTable, valueOf: (ratingId: string) => V | null): V[][] {
  return [...table.values()].map((byReviewer) =>
    [...byReviewer.values()].map(valueOf).filter((v): v is V => v !== null),
  );
}

function emptyResult(): AlphaResult {
  return {
    alpha: null,
    pairableUnits: 0,
    pairableValues: 0,
    observedDisagreement: 0,
    expectedDisagreement: 0,
    reason: "no_pairable_values",
  };
}

function toStatistic(result: AlphaResult, minimumUnits: number, ratings: string): Statistic {
  const units = result.pairableUnits;
  if (units < minimumUnits || result.reason === "no_pairable_values") {
    const need = Math.max(minimumUnits, 1);
    const reason = `${units} claim${units === 1 ? " has" : "s have"} ${ratings} from two or more reviewers; at least ${need} ${need === 1 ? "is" : "are"} needed.`;
    return { status: "insufficient", code: "too_few_units", reason, units };
  }
  if (result.alpha === null)
    return {
      status: "insufficient",
      code: "no_variation",
      reason: `Every one of these ${ratings} is the same: there is no variation to measure agreement on.`,
      units,
    };
  return { status: "ok", alpha: result.alpha, units, values: result.pairableValues };
}
