import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { SECTION_C_ALPHA, SECTION_C_UNITS } from "./published-examples";
import { summarizeAgreement } from "./summarize-agreement";
import type { ScaleEntry, VerdictRating } from "./verdict-table";

// The default scale: five ordinal ratings, then two outcomes off the ordered scale.
const SCALE: ScaleEntry[] = [
  "true",
  "mostly-true",
  "mixed",
  "mostly-false",
  "false",
  "unverifiable",
  "not-a-claim",
].map((id, position) => ({ id, ordinal: position < 5, position }));

/** One verdict per non-null cell: rows are claims, columns reviewers r0, r1, ... */
function verdictsOf(rows: ReadonlyArray<ReadonlyArray<string | null>>): VerdictRating[] {
  return rows.flatMap((row, c) =>
    row.flatMap((ratingId, r) => (ratingId === null ? [] : [{ claimId: `c${c}`, reviewerId: `r${r}`, ratingId }])),
  );
}

describe("summarizeAgreement", () => {
  it("reproduces the paper's ordinal and nominal alphas from verdicts", () => {
    const ids = SCALE.map((r) => r.id);
    const rows = SECTION_C_UNITS.map((unit) => unit.map((v) => (v === null ? null : ids[v - 1]!)));
    const summary = summarizeAgreement({ verdicts: verdictsOf(rows), scale: SCALE });
    expect(summary.ordinal).toMatchObject({ status: "ok", units: 11, values: 40 });
    expect(summary.nominal).toMatchObject({ status: "ok", units: 11, values: 40 });
    if (summary.ordinal.status !== "ok" || summary.nominal.status !== "ok") throw new Error("expected figures");
    expect(summary.ordinal.alpha).toBeCloseTo(SECTION_C_ALPHA.ordinal, 3);
    expect(summary.nominal.alpha).toBeCloseTo(SECTION_C_ALPHA.nominal, 3);
    expect(summary).toMatchObject({ ratedClaims: 12, pairableClaims: 11, minimumUnits: 5 });
  });

  it("says there is not enough data below the minimum, with the count", () => {
    const summary = summarizeAgreement({
      verdicts: verdictsOf([
        ["true", "false"],
        ["true", null],
      ]),
      scale: SCALE,
    });
    expect(summary.ordinal).toMatchObject({ status: "insufficient", code: "too_few_units", units: 1 });
    expect(summary.nominal).toMatchObject({ status: "insufficient", code: "too_few_units", units: 1 });
    if (summary.nominal.status === "insufficient")
      expect(summary.nominal.reason).toBe("1 claim has ratings from two or more reviewers; at least 5 are needed.");
    expect(summary).toMatchObject({ ratedClaims: 2, pairableClaims: 1 });
    // A lower minimum lets the same data through.
    expect(
      summarizeAgreement({
        verdicts: verdictsOf([
          ["true", "false"],
          ["mixed", "mixed"],
        ]),
        scale: SCALE,
        minimumUnits: 2,
      }).ordinal.status,
    ).toBe("ok");
  });

  it("says there is no variation when every rating is the same", () => {
    const summary = summarizeAgreement({
      verdicts: verdictsOf(Array.from({ length: 6 }, () => ["mixed", "mixed", "mixed"])),
      scale: SCALE,
    });
    expect(summary.ordinal).toMatchObject({ status: "insufficient", code: "no_variation", units: 6 });
    expect(summary.nominal).toMatchObject({ status: "insufficient", code: "no_variation", units: 6 });
  });

  it("measures ordinal agreement on ordinal ratings only (others count as missing) and nominal on all", () => {
    const rows = [
      ["true", "true"],
      ["false", "false"],
      ["mixed", "mixed"],
      ["true", "mostly-true"],
      ["false", "false"],
      ["unverifiable", "unverifiable"],
      ["true", "not-a-claim"],
    ];
    const summary = summarizeAgreement({ verdicts: verdictsOf(rows), scale: SCALE });
    expect(summary.ordinal).toMatchObject({ status: "ok", units: 5, values: 10 });
    expect(summary.nominal).toMatchObject({ status: "ok", units: 7, values: 14 });
    if (summary.ordinal.status !== "ok" || summary.nominal.status !== "ok") throw new Error("expected figures");
    const ordinalOnly = rows.slice(0, 5).map((row) => row.map((id) => SCALE.findIndex((r) => r.id === id)));
    expect(summary.ordinal.alpha).toBeCloseTo(
      krippendorffAlpha(ordinalOnly, { metric: "ordinal", order: [0, 1, 2, 3, 4] }).alpha!,
      12,
    );
    // A near miss (True vs Mostly true) costs less on the ordinal metric than on the nominal one.
    expect(summary.ordinal.alpha).toBeGreaterThan(summary.nominal.alpha);
  });

  it("ranks ordinal ratings by position: gaps and outcomes placed in between add no steps; a shared position is one rank", () => {
    const rows = [
      ["true", "mostly-true"],
      ["mostly-true", "mixed"],
      ["mixed", "mixed"],
      ["true", "true"],
      ["false", "mixed"],
      ["false", "false"],
    ];
    const base = summarizeAgreement({ verdicts: verdictsOf(rows), scale: SCALE });
    const spaced = SCALE.map((r, i) => ({ ...r, position: r.ordinal ? i * 10 : 15 }));
    expect(summarizeAgreement({ verdicts: verdictsOf(rows), scale: spaced }).ordinal).toEqual(base.ordinal);
    // An archived "Mostly true" replaced at the same position: the same point on the ordinal scale, another category for nominal.
    const withArchived = [...SCALE, { id: "mostly-true-old", ordinal: true, position: 1 }];
    const renamed = rows.map((row) => row.map((id, r) => (id === "mostly-true" && r === 0 ? "mostly-true-old" : id)));
    const summary = summarizeAgreement({ verdicts: verdictsOf(renamed), scale: withArchived });
    expect(summary.ordinal).toEqual(base.ordinal);
    expect(summary.nominal).not.toEqual(base.nominal);
  });

  it("a scale with no ordinal ratings has no ordinal figure", () => {
    const scale = SCALE.map((r) => ({ ...r, ordinal: false }));
    const summary = summarizeAgreement({ verdicts: verdictsOf([["true", "false"]]), scale, minimumUnits: 0 });
    expect(summary.ordinal).toMatchObject({ status: "insufficient", code: "too_few_units", units: 0 });
    expect(summary.nominal.status).toBe("ok");
  });

  it("counts a reviewer once per claim (the later verdict wins) and pairs reviewers who share claims", () => {
    const verdicts = [
      { claimId: "c1", reviewerId: "a", ratingId: "true" },
      { claimId: "c1", reviewerId: "a", ratingId: "false" },
      { claimId: "c2", reviewerId: "a", ratingId: "true" },
      { claimId: "c2", reviewerId: "b", ratingId: "true" },
    ];
    const summary = summarizeAgreement({ verdicts, scale: SCALE, minimumUnits: 0 });
    expect(summary).toMatchObject({ ratedClaims: 2, pairableClaims: 1 });
    expect(summary.pairs).toEqual([{ coderA: "a", coderB: "b", units: 1, agreed: 1, percent: 1, cohensKappa: null }]);
  });

  it("refuses a minimum that is not a non-negative integer", () => {
    expect(() => summarizeAgreement({ verdicts: [], scale: SCALE, minimumUnits: -1 })).toThrow(RangeError);
    expect(() => summarizeAgreement({ verdicts: [], scale: SCALE, minimumUnits: 2.5 })).toThrow(RangeError);
  });

  it("no verdicts at all", () => {
    const summary = summarizeAgreement({ verdicts: [], scale: SCALE });
    expect(summary).toMatchObject({
      ratedClaims: 0,
      pairableClaims: 0,
      pairs: [],
      ordinal: { status: "insufficient", units: 0 },
      nominal: { status: "insufficient", units: 0 },
    });
  });

  it("does not depend on the order of the verdicts", () => {
    const rows = fc.array(
      fc.array(fc.option(fc.constantFrom(...SCALE.map((r) => r.id)), { nil: null }), { minLength: 3, maxLength: 3 }),
      { maxLength: 12 },
    );
    const data = rows
      .map(verdictsOf)
      .chain((v) =>
        fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length }).map((shuffled) => [v, shuffled] as const),
      );
    fc.assert(
      fc.property(data, ([verdicts, shuffled]) => {
        const a = summarizeAgreement({ verdicts, scale: SCALE, minimumUnits: 1 });
        const b = summarizeAgreement({ verdicts: shuffled, scale: SCALE, minimumUnits: 1 });
        for (const key of ["ordinal", "nominal"] as const) {
          const [x, y] = [a[key], b[key]];
          expect(y.status).toBe(x.status);
          expect(y.units).toBe(x.units);
          if (x.status === "ok" && y.status === "ok") expect(y.alpha).toBeCloseTo(x.alpha, 12);
        }
        expect(b.pairs.map((p) => [p.coderA, p.coderB, p.units, p.agreed])).toEqual(
          a.pairs.map((p) => [p.coderA, p.coderB, p.units, p.agreed]),
        );
      }),
    );
  });
});
