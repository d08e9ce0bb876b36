import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from "./code-points";
import { anchorInText } from "./quote-matcher";
import { describeRange } from "./selectors";

// Distinct sentences, so only the passages under test repeat: over 2,000 characters keeps the
// copy at the start "far" from the claim near the end.
const FILLER = Array.from({ length: 90 }, (_, i) => `Item number ${i + 1} is listed in the annex.`).join(" ");

function claimOn(text: string, needle: string, occurrence: number) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  const start = utf16ToCodePoint(text, at);
  return describeRange(text, start, start + codePointLength(needle));
}

describe("anchorInText, a lone exact copy far away", () => {
  it("does not settle on a far copy with context on one side when the claim is edited in place", () => {
    const quote = "“The figures do not add up,” said Kim Ji-hoon, the mayor.";
    const next = " “The data speak for themselves,” said the minister.";
    const old = `${quote}${next}\n\n${FILLER}\n\nEnrolment declined by 399 people since 2014. ${quote}${next}`;
    const claim = claimOn(old, quote, 1);
    // The claim's own sentence is edited; the look-alike at the start keeps the words and what follows.
    const edited = old.replace(`2014. ${quote}`, "2014. “The figures do not add again,” said Kim Ji-hoon, the mayor.");
    const result = anchorInText(edited, claim);
    expect(result).toMatchObject({ state: "changed", needsReview: true });
    expect(sliceCodePoints(edited, result.start!, result.end!)).toContain("do not add again");
  });

  it("flags a far copy it keeps although an edited match scored higher", () => {
    const words = "passed in 2020, requires companies to report their emissions";
    const old = `The central bank told reporters. The agreement, ${words}.\n\nThe central bank argued.\n\n${FILLER}\n\nSales grew in the first quarter. The agreement, ${words}. Earlier this month, analysts at the institute left.`;
    const claim = claimOn(old, words, 1);
    // Edited in place, and its words before changed too: it keeps its surroundings on one side only.
    const edited = old.replace(
      `in the first quarter. The agreement, ${words}`,
      "in the three largest cities.\n\nThe agreement, passed in 880, requires companies to report their emissions",
    );
    const result = anchorInText(edited, claim);
    expect(result.needsReview).toBe(true);
    expect(result.confidence).toBeLessThan(0.9);
  });
});
