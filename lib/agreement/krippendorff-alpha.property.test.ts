import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type AlphaMetric } from "./krippendorff-alpha";
import { SECTION_C_ALPHA, SECTION_C_UNITS } from "./published-examples";

const ORDER = [1, 2, 3, 4, 5];
const METRICS: readonly AlphaMetric[] = ["nominal", "ordinal", "interval"];
const optionsFor = (metric: AlphaMetric) => ({ metric, order: ORDER });

/** Reliability data: 1-20 units, each with one slot per coder (2-5 coders), some missing. */
const reliabilityData = fc
  .integer({ min: 2, max: 5 })
  .chain((coders) =>
    fc.array(
      fc.array(fc.option(fc.constantFrom(...ORDER), { nil: null, freq: 4 }), { minLength: coders, maxLength: coders }),
      { minLength: 1, maxLength: 20 },
    ),
  );

const permutation = (length: number) =>
  fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length });

/**
 * Alpha straight from its definition over pairs of values (no coincidence matrix): Do averages
 * δ² over ordered pairs within each unit, weighted 1/(m-1); De averages it over all ordered pairs
 * of pairable values. An independent oracle for the implementation.
 */
function alphaByDefinition(units: (number | null)[][], metric: AlphaMetric): number | null {
  const pairable = units
    .map((unit) => unit.filter((v): v is number => v !== null))
    .filter((values) => values.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const delta = (c: number, k: number): number => {
    if (metric === "nominal") return c === k ? 0 : 1;
    if (metric === "interval") return (c - k) ** 2;
    const [low, high] = [Math.min(c, k), Math.max(c, k)];
    const between = all.filter((v) => v >= low && v <= high).length;
    const ends = all.filter((v) => v === low).length + all.filter((v) => v === high).length;
    return low === high ? 0 : (between - ends / 2) ** 2;
  };
  let observed = 0;
  for (const values of pairable) {
    for (const [i, c] of values.entries())
      for (const [j, k] of values.entries()) if (i !== j) observed += delta(c, k) / (values.length - 1);
  }
  let expected = 0;
  for (const [i, c] of all.entries()) for (const [j, k] of all.entries()) if (i !== j) expected += delta(c, k);
  if (n < 2 || expected === 0) return null;
  return 1 - observed / n / (expected / (n * (n - 1)));
}

describe("krippendorffAlpha properties", () => {
  it("the oracle itself reproduces the paper's figures", () => {
    for (const metric of METRICS)
      expect(alphaByDefinition(SECTION_C_UNITS, metric)).toBeCloseTo(SECTION_C_ALPHA[metric], 3);
  });

  it("matches the definition over pairs of values, for every metric", () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...METRICS), (units, metric) => {
        const expected = alphaByDefinition(units, metric);
        const { alpha } = krippendorffAlpha(units, optionsFor(metric));
        if (expected === null) expect(alpha).toBeNull();
        else expect(alpha).toBeCloseTo(expected, 9);
      }),
    );
  });

  it("is at most 1", () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...METRICS), (units, metric) => {
        const { alpha } = krippendorffAlpha(units, optionsFor(metric));
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("does not change when coders or units are permuted", () => {
    const data = reliabilityData.chain((units) =>
      fc.tuple(fc.constant(units), permutation(units.length), permutation(units[0]!.length)),
    );
    fc.assert(
      fc.property(data, fc.constantFrom(...METRICS), ([units, unitOrder, coderOrder], metric) => {
        const permuted = unitOrder.map((u) => coderOrder.map((c) => units[u]![c]!));
        const before = krippendorffAlpha(units, optionsFor(metric));
        const after = krippendorffAlpha(permuted, optionsFor(metric));
        expect(after.reason).toBe(before.reason);
        expect(after.pairableUnits).toBe(before.pairableUnits);
        if (before.alpha !== null) expect(after.alpha).toBeCloseTo(before.alpha, 12);
      }),
    );
  });

  it("is exactly 1 when every unit's values agree and at least two distinct values occur", () => {
    const unit = fc.tuple(fc.constantFrom(...ORDER), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 }));
    const data = fc
      .array(unit, { minLength: 2, maxLength: 15 })
      .filter((units) => new Set(units.map(([value]) => value)).size >= 2);
    fc.assert(
      fc.property(data, fc.constantFrom(...METRICS), (spec, metric) => {
        const units = spec.map(([value, coders, missing]) => [
          ...Array<number>(coders).fill(value),
          ...Array<null>(missing).fill(null),
        ]);
        expect(krippendorffAlpha(units, optionsFor(metric)).alpha).toBe(1);
      }),
    );
  });

  it("nominal: renaming the categories one-to-one changes nothing", () => {
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(reliabilityData, names, (units, rename) => {
        const renamed = units.map((unit) => unit.map((v) => (v === null ? null : rename[v - 1]!)));
        const before = krippendorffAlpha(units, { metric: "nominal" }).alpha;
        const after = krippendorffAlpha(renamed, { metric: "nominal" }).alpha;
        if (before === null) expect(after).toBeNull();
        else expect(after).toBeCloseTo(before, 12);
      }),
    );
  });

  it("ordinal: reversing the order or adding unused ranks changes nothing", () => {
    fc.assert(
      fc.property(reliabilityData, (units) => {
        const before = krippendorffAlpha(units, { metric: "ordinal", order: ORDER }).alpha;
        for (const order of [[...ORDER].reverse(), [0, 1, 1.5, 2, 3, 3.5, 4, 5, 6]]) {
          const after = krippendorffAlpha(units, { metric: "ordinal", order }).alpha;
          if (before === null) expect(after).toBeNull();
          else expect(after).toBeCloseTo(before, 12);
        }
      }),
    );
  });
});
