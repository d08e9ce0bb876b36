import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchoredEditDistance } from "./similarity";

/** The textbook table: pattern's start tied to the text's start, the text's end free. */
function reference(pattern: string, text: string): number {
  const table = Array.from({ length: pattern.length + 1 }, (_, i) =>
    Array.from({ length: text.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= pattern.length; i++) {
    for (let j = 1; j <= text.length; j++) {
      table[i]![j] = Math.min(
        table[i - 1]![j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1),
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
      );
    }
  }
  return Math.min(...table[pattern.length]!);
}

const reversed = (s: string) => [...s].reverse().join("");

describe("anchoredEditDistance", () => {
  it("ignores the text after the best-fitting end, and reads from the ends when reversed", () => {
    expect(anchoredEditDistance("said the", "said he minister")).toBe(1);
    expect(anchoredEditDistance("the minister", "a minister", true)).toBe(3);
    expect(anchoredEditDistance("", "anything")).toBe(0);
  });

  it("is exact up to its limit and limit + 1 beyond (property)", () => {
    const word = fc.array(fc.constantFrom("a", "b", "c", " "), { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(word, word, fc.boolean(), fc.nat(10), (pattern, text, fromEnd, limit) => {
        const expected = fromEnd ? reference(reversed(pattern), reversed(text)) : reference(pattern, text);
        expect(anchoredEditDistance(pattern, text, fromEnd)).toBe(expected);
        expect(anchoredEditDistance(pattern, text, fromEnd, limit)).toBe(expected <= limit ? expected : limit + 1);
      }),
      { numRuns: 500 },
    );
  });
});
