import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairwiseAgreement, type CodedValue } from "./pairwise-agreement";

function codes(coder: string, values: string[], firstUnit = 0): CodedValue[] {
  return values.map((value, i) => ({ unit: `u${i + firstUnit}`, coder, value }));
}

function repeat(value: string, times: number): string[] {
  return Array<string>(times).fill(value);
}

describe("pairwiseAgreement", () => {
  it("reproduces the textbook Cohen's kappa example (50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4)", () => {
    const a = [...repeat("yes", 25), ...repeat("no", 25)];
    const b = [...repeat("yes", 20), ...repeat("no", 5), ...repeat("yes", 10), ...repeat("no", 15)];
    const [pair] = pairwiseAgreement([...codes("a", a), ...codes("b", b)]);
    expect(pair).toMatchObject({ units: 50, agreed: 35, percent: 0.7 });
    expect(pair!.cohensKappa).toBeCloseTo(0.4, 12);
  });

  it("compares only the units both coders rated", () => {
    const ratings = [
      ...codes("ana", ["a", "a", "b", "b", "a"]),
      ...codes("ben", ["a", "b", "b", "b", "a"]),
      { unit: "u9", coder: "ana", value: "a" },
    ];
    const [pair] = pairwiseAgreement(ratings);
    expect(pair).toMatchObject({ coderA: "ana", coderB: "ben", units: 5, agreed: 4, percent: 0.8 });
    // po = 0.8; pe = (3·2 + 2·3)/25 = 0.48; kappa = 0.32 / 0.52
    expect(pair!.cohensKappa).toBeCloseTo(0.32 / 0.52, 12);
  });

  it("lists each pair once, sorted, and leaves out pairs with nothing in common", () => {
    const ratings = [...codes("cy", ["x", "y"]), ...codes("ana", ["x", "x"]), ...codes("ben", ["y"], 5)];
    expect(pairwiseAgreement(ratings).map((p) => [p.coderA, p.coderB, p.units])).toEqual([["ana", "cy", 2]]);
  });

  it("kappa is undefined when both coders gave one and the same value throughout", () => {
    const [pair] = pairwiseAgreement([...codes("a", ["t", "t", "t"]), ...codes("b", ["t", "t", "t"])]);
    expect(pair).toMatchObject({ percent: 1, cohensKappa: null });
  });

  it("kappa is 0 when agreement is what chance gives and -1 for systematic opposite ratings", () => {
    expect(
      pairwiseAgreement([...codes("a", ["x", "x", "y", "y"]), ...codes("b", ["x", "y", "x", "y"])])[0]!.cohensKappa,
    ).toBeCloseTo(0, 12);
    expect(pairwiseAgreement([...codes("a", ["x", "y"]), ...codes("b", ["y", "x"])])[0]!.cohensKappa).toBeCloseTo(
      -1,
      12,
    );
  });

  it("a coder's later value for the same unit replaces the earlier one", () => {
    const [pair] = pairwiseAgreement([
      { unit: "u", coder: "a", value: "x" },
      { unit: "u", coder: "b", value: "y" },
      { unit: "u", coder: "a", value: "y" },
    ]);
    expect(pair).toMatchObject({ units: 1, agreed: 1 });
  });

  it("is symmetric in the coders and bounded", () => {
    const values = fc.array(
      fc.tuple(
        fc.option(fc.constantFrom("x", "y", "z"), { nil: null }),
        fc.option(fc.constantFrom("x", "y", "z"), { nil: null }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(values, (rows) => {
        const ratings = (first: string, second: string) =>
          rows.flatMap(([a, b], i) => [
            ...(a ? [{ unit: `u${i}`, coder: first, value: a }] : []),
            ...(b ? [{ unit: `u${i}`, coder: second, value: b }] : []),
          ]);
        const forward = pairwiseAgreement(ratings("p", "q"));
        const swapped = pairwiseAgreement(ratings("q", "p"));
        expect(forward.length).toBe(swapped.length);
        const [pair] = forward;
        if (!pair) return;
        expect(swapped[0]!.agreed).toBe(pair.agreed);
        expect(pair.percent).toBeGreaterThanOrEqual(0);
        expect(pair.percent).toBeLessThanOrEqual(1);
        if (pair.cohensKappa !== null) {
          expect(swapped[0]!.cohensKappa).toBeCloseTo(pair.cohensKappa, 12);
          expect(pair.cohensKappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(pair.cohensKappa).toBeGreaterThanOrEqual(-1 - 1e-12);
        }
      }),
    );
  });
});
