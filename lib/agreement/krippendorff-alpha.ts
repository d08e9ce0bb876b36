// Krippendorff's alpha: agreement among any number of coders (reviewers) on units (claims), with
// missing values, for nominal, ordinal and interval data. Follows K. Krippendorff, "Computing
// Krippendorff's Alpha-Reliability" (2011): a coincidence matrix of pairable values, observed and
// expected disagreement, alpha = 1 - Do/De.
export type AlphaMetric = "nominal" | "ordinal" | "interval";

export type AlphaUndefinedReason = "no_pairable_values" | "no_variation";

export interface AlphaResult {
  /** null when alpha is undefined; `reason` says why. */
  alpha: number | null;
  /** Units with at least two values: only those count. */
  pairableUnits: number;
  /** Values in those units (n in the paper). */
  pairableValues: number;
  /** Do: mean disagreement between values paired within units. */
  observedDisagreement: number;
  /** De: mean disagreement between any two pairable values, regardless of unit. */
  expectedDisagreement: number;
  /** no_pairable_values: no unit has two values. no_variation: every pairable value is the same (De = 0). */
  reason: AlphaUndefinedReason | null;
}

export interface AlphaOptions<T> {
  metric: AlphaMetric;
  /** Ordinal metric only: every possible value, from one end of the scale to the other. */
  order?: readonly T[];
}

/**
 * @param units one row per unit, one entry per coder (null or undefined = missing). A row may be
 *        shorter than the number of coders: only the values present matter, not which coder gave them.
 * @throws RangeError for an ordinal metric without a valid order or with a value outside it, and
 *         for an interval metric with a value that is not a finite number
 */
export function krippendorffAlpha<T extends string | number>(
  units: ReadonlyArray<ReadonlyArray<T | null | undefined>>,
  options: AlphaOptions<T>,
): AlphaResult {
  const rankOf = options.metric === "ordinal" ? rankOrder(options.order) : null;

  // Values are mapped to dense indices so the coincidence matrix is a flat array.
  const index = new Map<T, number>();
  const values: T[] = [];
  const pairable: number[][] = [];
  for (const unit of units) {
    const present: number[] = [];
    for (const value of unit) {
      if (value === null || value === undefined) continue;
      let i = index.get(value);
      if (i === undefined) {
        i = values.length;
        index.set(value, i);
        values.push(value);
      }
      present.push(i);
    }
    if (present.length >= 2) pairable.push(present);
  }
  const k = values.length;
  const coincidence = new Float64Array(k * k);
  const marginals = new Float64Array(k);
  for (const present of pairable) {
    // Each of the m values is paired with the m-1 others; weighting by 1/(m-1) makes every value count once.
    const weight = 1 / (present.length - 1);
    for (let i = 0; i < present.length; i++) {
      for (let j = 0; j < present.length; j++) if (i !== j) coincidence[present[i]! * k + present[j]!]! += weight;
      marginals[present[i]!]! += 1;
    }
  }
  const n = pairable.reduce((sum, present) => sum + present.length, 0);
  const base = { pairableUnits: pairable.length, pairableValues: n };
  // Only values in pairable units enter the statistics; a value seen only in single-value units has marginal 0.
  if (n < 2)
    return { alpha: null, ...base, observedDisagreement: 0, expectedDisagreement: 0, reason: "no_pairable_values" };

  const delta = squaredDistance(options.metric, values, marginals, rankOf);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = c + 1; d < k; d++) {
      const distance = delta(c, d);
      if (distance === 0) continue;
      // The matrix and δ² are symmetric: count each off-diagonal pair twice.
      observed += 2 * coincidence[c * k + d]! * distance;
      expected += 2 * marginals[c]! * marginals[d]! * distance;
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  if (expected === 0)
    return { alpha: null, ...base, observedDisagreement: observed, expectedDisagreement: 0, reason: "no_variation" };
  return {
    alpha: 1 - observed / expected,
    ...base,
    observedDisagreement: observed,
    expectedDisagreement: expected,
    reason: null,
  };
}

function rankOrder<T>(order: readonly T[] | undefined): Map<T, number> {
  if (!order || order.length === 0)
    throw new RangeError("The ordinal metric needs the order of the values (options.order).");
  const rank = new Map<T, number>();
  for (const [i, value] of order.entries()) {
    if (rank.has(value)) throw new RangeError(`The ordinal order lists ${String(value)} twice.`);
    rank.set(value, i);
  }
  return rank;
}

/** δ²(c, k) of each metric, on value indices. */
function squaredDistance<T>(
  metric: AlphaMetric,
  values: readonly T[],
  marginals: Float64Array,
  rankOf: Map<T, number> | null,
): (c: number, k: number) => number {
  if (metric === "nominal") return (c, k) => (c === k ? 0 : 1);
  if (metric === "interval") {
    const numbers = values.map((value) => {
      const number = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(number) || (typeof value === "string" && value.trim() === ""))
        throw new RangeError(`The interval metric needs numbers; got ${JSON.stringify(value)}.`);
      return number;
    });
    return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
  }
  // Ordinal: the distance between ranks c and k is the number of pairable values ranked from c to
  // k, counting c's and k's own values by half; ranks nobody used add nothing.
  const ranks = values.map((value) => {
    const rank = rankOf!.get(value);
    if (rank === undefined) throw new RangeError(`The value ${String(value)} is not in the ordinal order.`);
    return rank;
  });
  const byRank = new Float64Array(rankOf!.size);
  for (const [i, rank] of ranks.entries()) byRank[rank]! += marginals[i]!;
  const cumulative = new Float64Array(byRank.length + 1);
  for (let g = 0; g < byRank.length; g++) cumulative[g + 1] = cumulative[g]! + byRank[g]!;
  return (c, k) => {
    const low = Math.min(ranks[c]!, ranks[k]!);
    const high = Math.max(ranks[c]!, ranks[k]!);
    if (low === high) return 0;
    const between = cumulative[high + 1]! - cumulative[low]!;
    return (between - (byRank[low]! + byRank[high]!) / 2) ** 2;
  };
}
