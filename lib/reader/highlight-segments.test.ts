import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCodePoints, utf16OffsetsOf } from "../text/code-points";
import { buildHighlightSegments, claimForClick } from "./highlight-segments";

const blocks = [
  { type: "paragraph" as const, start: 0, end: 20 },
  { type: "heading" as const, start: 22, end: 30 },
  { type: "paragraph" as const, start: 32, end: 60 },
];

describe("buildHighlightSegments", () => {
  it("leaves blocks without claims as one run", () => {
    const result = buildHighlightSegments(blocks, []);
    expect(result.map((b) => b.segments)).toEqual([
      [{ start: 0, end: 20, claimIds: [] }],
      [{ start: 22, end: 30, claimIds: [] }],
      [{ start: 32, end: 60, claimIds: [] }],
    ]);
  });

  it("cuts nested and overlapping claims into runs, innermost claim first", () => {
    const result = buildHighlightSegments(blocks, [
      { id: "outer", start: 2, end: 18 },
      { id: "inner", start: 5, end: 9 },
      { id: "overlap", start: 15, end: 19 },
    ]);
    expect(result[0]!.segments).toEqual([
      { start: 0, end: 2, claimIds: [] },
      { start: 2, end: 5, claimIds: ["outer"] },
      { start: 5, end: 9, claimIds: ["inner", "outer"] },
      { start: 9, end: 15, claimIds: ["outer"] },
      { start: 15, end: 18, claimIds: ["overlap", "outer"] },
      { start: 18, end: 19, claimIds: ["overlap"] },
      { start: 19, end: 20, claimIds: [] },
    ]);
  });

  it("carries a claim across block boundaries into each block it touches", () => {
    const result = buildHighlightSegments(blocks, [{ id: "long", start: 10, end: 40 }]);
    expect(result[0]!.segments.at(-1)).toEqual({ start: 10, end: 20, claimIds: ["long"] });
    expect(result[1]!.segments).toEqual([{ start: 22, end: 30, claimIds: ["long"] }]);
    expect(result[2]!.segments[0]).toEqual({ start: 32, end: 40, claimIds: ["long"] });
  });

  it("covers every position of every block exactly once, with exactly the claims that contain it", () => {
    const claimArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 30 })), { maxLength: 25 })
      .map((spans) => spans.map(([start, len], i) => ({ id: `c${i}`, start, end: Math.min(60, start + len) })));
    fc.assert(
      fc.property(claimArb, (claims) => {
        const result = buildHighlightSegments(blocks, claims);
        result.forEach(({ block, segments }) => {
          expect(segments[0]!.start).toBe(block.start);
          expect(segments.at(-1)!.end).toBe(block.end);
          for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
          for (const segment of segments) {
            const expected = claims
              .filter((c) => c.start <= segment.start && c.end >= segment.end && c.end > c.start)
              .map((c) => c.id)
              .sort();
            expect([...segment.claimIds].sort()).toEqual(expected);
          }
        });
      }),
    );
  });
});

describe("claimForClick", () => {
  it("opens the innermost claim, then walks outwards on repeated clicks", () => {
    expect(claimForClick(["inner", "outer"], null)).toBe("inner");
    expect(claimForClick(["inner", "outer"], "inner")).toBe("outer");
    expect(claimForClick(["inner", "outer"], "outer")).toBe("inner");
    expect(claimForClick(["inner", "outer"], "elsewhere")).toBe("inner");
    expect(claimForClick([], null)).toBeNull();
  });
});

describe("code point offsets", () => {
  it("maps code points to UTF-16 offsets past astral characters", () => {
    const text = "a😀b𝒳c";
    const offsets = utf16OffsetsOf(text, [0, 1, 2, 3, 4, 5]);
    expect([...offsets.entries()]).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 4],
      [4, 6],
      [5, 7],
    ]);
    expect(countCodePoints(text)).toBe(5);
    expect(text.slice(offsets.get(1), offsets.get(2))).toBe("😀");
  });
});
