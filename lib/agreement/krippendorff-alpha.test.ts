import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type AlphaMetric } from "./krippendorff-alpha";
import { SECTION_A_UNITS, SECTION_B_UNITS, SECTION_C_ALPHA, SECTION_C_UNITS } from "./published-examples";

const PAPER_UNITS = SECTION_C_UNITS;
const ORDER = [1, 2, 3, 4, 5];

describe("krippendorffAlpha against the paper's worked examples", () => {
  it("section C/D, 4 observers with missing data: nominal 0.743, ordinal 0.815, interval 0.849", () => {
    expect(krippendorffAlpha(PAPER_UNITS, { metric: "nominal" }).alpha).toBeCloseTo(SECTION_C_ALPHA.nominal, 3);
    expect(krippendorffAlpha(PAPER_UNITS, { metric: "ordinal", order: ORDER }).alpha).toBeCloseTo(
      SECTION_C_ALPHA.ordinal,
      3,
    );
    expect(krippendorffAlpha(PAPER_UNITS, { metric: "interval" }).alpha).toBeCloseTo(SECTION_C_ALPHA.interval, 3);
  });

  it("counts n = 40 pairable values in 11 units (unit 12 has a single value and is left out)", () => {
    const result = krippendorffAlpha(PAPER_UNITS, { metric: "nominal" });
    expect(result).toMatchObject({ pairableUnits: 11, pairableValues: 40, reason: null });
    expect(result.alpha).toBeCloseTo(1 - result.observedDisagreement / result.expectedDisagreement, 12);
  });

  it("section A, two observers, binary data: 0.095", () => {
    expect(krippendorffAlpha(SECTION_A_UNITS, { metric: "nominal" }).alpha).toBeCloseTo(0.095, 3);
  });

  it("section B, two observers, nominal data: 0.692", () => {
    expect(krippendorffAlpha(SECTION_B_UNITS, { metric: "nominal" }).alpha).toBeCloseTo(0.692, 3);
  });

  it("accepts numeric strings for the interval metric", () => {
    const asStrings = PAPER_UNITS.map((unit) => unit.map((v) => (v === null ? null : String(v))));
    expect(krippendorffAlpha(asStrings, { metric: "interval" }).alpha).toBeCloseTo(SECTION_C_ALPHA.interval, 3);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it("one rater: nothing is pairable", () => {
    expect(krippendorffAlpha([["a"], ["b"], ["a"]], { metric: "nominal" })).toMatchObject({
      alpha: null,
      reason: "no_pairable_values",
      pairableUnits: 0,
    });
  });

  it("all values missing, or no units at all", () => {
    expect(
      krippendorffAlpha(
        [
          [null, null],
          [undefined, null],
        ],
        { metric: "ordinal", order: ["x"] },
      ),
    ).toMatchObject({ alpha: null, reason: "no_pairable_values", pairableValues: 0 });
    expect(krippendorffAlpha([], { metric: "interval" })).toMatchObject({ alpha: null, reason: "no_pairable_values" });
  });

  it("everyone agrees and values vary across units: 1", () => {
    for (const metric of ["nominal", "interval"] as const) {
      expect(
        krippendorffAlpha(
          [
            [1, 1],
            [2, 2, null],
            [3, 3, 3],
          ],
          { metric },
        ).alpha,
      ).toBe(1);
    }
    expect(
      krippendorffAlpha(
        [
          ["a", "a"],
          ["c", "c"],
        ],
        { metric: "ordinal", order: ["a", "b", "c"] },
      ).alpha,
    ).toBe(1);
  });

  it("no variation at all: undefined rather than a division by zero", () => {
    const result = krippendorffAlpha([["a", "a"], ["a", "a", "a"], ["b"]], { metric: "nominal" });
    expect(result).toEqual({
      alpha: null,
      reason: "no_variation",
      pairableUnits: 2,
      pairableValues: 5,
      observedDisagreement: 0,
      expectedDisagreement: 0,
    });
    // Different spellings of the same number do not vary on the interval metric.
    expect(
      krippendorffAlpha(
        [
          ["1", "1.0"],
          ["1", "1"],
        ],
        { metric: "interval" },
      ).reason,
    ).toBe("no_variation");
  });

  it("single-value units are left out, whatever their value", () => {
    const base = krippendorffAlpha(PAPER_UNITS, { metric: "ordinal", order: ORDER });
    const padded = krippendorffAlpha([...PAPER_UNITS, [5, null, null, null], [null, 1], [4]], {
      metric: "ordinal",
      order: ORDER,
    });
    expect(padded).toEqual(base);
  });

  it("ordinal: unused ranks change nothing, only the marginal frequencies of used ranks count", () => {
    const units = [
      ["1", "1"],
      ["5", "5"],
      ["1", "5"],
      ["3", "5"],
    ];
    const withGaps = krippendorffAlpha(units, { metric: "ordinal", order: ["0", "1", "2", "3", "4", "5", "6"] });
    const compact = krippendorffAlpha(units, { metric: "ordinal", order: ["1", "3", "5"] });
    expect(withGaps.alpha).not.toBeNull();
    expect(withGaps.alpha).toBeCloseTo(compact.alpha!, 12);
    // The ordinal distance is not the rank difference: 1-3 and 3-5 are one rank apart each but
    // 1 and 5 are used more often than 3, so this differs from the interval alpha on ranks.
    const onRanks = krippendorffAlpha(
      units.map((u) => u.map((v) => ({ "1": 0, "3": 1, "5": 2 })[v]!)),
      { metric: "interval" },
    );
    expect(Math.abs(onRanks.alpha! - compact.alpha!)).toBeGreaterThan(1e-3);
  });

  it("refuses options or values it cannot measure", () => {
    expect(() => krippendorffAlpha([["x", "y"]], { metric: "ordinal" })).toThrow(RangeError);
    expect(() => krippendorffAlpha([], { metric: "ordinal", order: [] })).toThrow(/order/);
    expect(() => krippendorffAlpha([], { metric: "ordinal", order: ["x", "x"] })).toThrow(/twice/);
    expect(() => krippendorffAlpha([["x", "y"]], { metric: "ordinal", order: ["x"] })).toThrow(
      /not in the ordinal order/,
    );
    expect(() => krippendorffAlpha([["1", "true"]], { metric: "interval" })).toThrow(/numbers/);
    expect(() => krippendorffAlpha([["1", " "]], { metric: "interval" })).toThrow(/numbers/);
  });

  it("reports observed and expected disagreement for a hand-checked case", () => {
    // Values a,a,a,b in units (a,a) and (a,b): n = 4; Do = 2·1/4 = 0.5; De = 2·3·1/(4·3) = 0.5.
    const result = krippendorffAlpha(
      [
        ["a", "a"],
        ["a", "b"],
      ],
      { metric: "nominal" satisfies AlphaMetric },
    );
    expect(result).toMatchObject({ observedDisagreement: 0.5, expectedDisagreement: 0.5, alpha: 0 });
  });
});
