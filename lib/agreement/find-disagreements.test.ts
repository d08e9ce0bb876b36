import { describe, expect, it } from "vitest";
import { findDisagreements } from "./find-disagreements";
import type { ScaleEntry } from "./verdict-table";

// Positions with a gap (a removed rating at 3) and an outcome placed inside the ordered part.
const SCALE: ScaleEntry[] = [
  { id: "true", ordinal: true, position: 0 },
  { id: "mostly-true", ordinal: true, position: 1 },
  { id: "unverifiable", ordinal: false, position: 2 },
  { id: "mixed", ordinal: true, position: 4 },
  { id: "false", ordinal: true, position: 6 },
  { id: "not-a-claim", ordinal: false, position: 7 },
];

function pairOf(claimId: string, first: string, second: string) {
  return [
    { claimId, reviewerId: "r1", ratingId: first },
    { claimId, reviewerId: "r2", ratingId: second },
  ];
}

describe("findDisagreements", () => {
  it("finds claims rated differently, widest ordinal spread first, then categorical ones", () => {
    const verdicts = [
      ...pairOf("odd", "true", "unverifiable"),
      ...pairOf("near", "true", "mostly-true"),
      ...pairOf("same", "mixed", "mixed"),
      ...pairOf("far", "false", "true"),
      ...pairOf("both-off-scale", "not-a-claim", "unverifiable"),
      { claimId: "alone", reviewerId: "r1", ratingId: "true" },
    ];
    expect(findDisagreements(verdicts, SCALE).map((d) => [d.claimId, d.spread])).toEqual([
      ["far", 3],
      ["near", 1],
      ["both-off-scale", "categorical"],
      ["odd", "categorical"],
    ]);
  });

  it("measures spread in ranks among ordinal ratings, from the lowest to the highest given", () => {
    const verdicts = [...pairOf("c", "mostly-true", "mixed"), { claimId: "c", reviewerId: "r3", ratingId: "false" }];
    const [found] = findDisagreements(verdicts, SCALE);
    expect(found).toEqual({
      claimId: "c",
      ratingIds: ["mostly-true", "mixed", "false"],
      ratings: [
        { reviewerId: "r1", ratingId: "mostly-true" },
        { reviewerId: "r2", ratingId: "mixed" },
        { reviewerId: "r3", ratingId: "false" },
      ],
      spread: 2,
    });
  });

  it("lists ordinal ratings before outcomes; a rating missing from the scale is categorical", () => {
    const [mixed] = findDisagreements(pairOf("c", "unverifiable", "false"), SCALE);
    expect(mixed).toMatchObject({ ratingIds: ["false", "unverifiable"], spread: "categorical" });
    expect(findDisagreements(pairOf("c", "true", "deleted"), SCALE)[0]!.spread).toBe("categorical");
  });

  it("ratings sharing a position differ by no steps and sort last", () => {
    const scale = [...SCALE, { id: "true-old", ordinal: true, position: 0 }];
    const found = findDisagreements(
      [...pairOf("renamed", "true-old", "true"), ...pairOf("odd", "true", "unverifiable")],
      scale,
    );
    expect(found.map((d) => [d.claimId, d.spread])).toEqual([
      ["odd", "categorical"],
      ["renamed", 0],
    ]);
  });

  it("counts each reviewer once per claim: a later verdict replaces an earlier one", () => {
    const verdicts = [
      ...pairOf("c", "true", "true"),
      { claimId: "c", reviewerId: "r1", ratingId: "false" },
      { claimId: "c", reviewerId: "r1", ratingId: "true" },
    ];
    expect(findDisagreements(verdicts, SCALE)).toEqual([]);
  });
});
