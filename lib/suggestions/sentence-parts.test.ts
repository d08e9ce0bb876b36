import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";
import { findQuotedCharacters, quotedShare } from "./quotation";
import { combineWeights, REASONS } from "./reasons";
import { classifySentence } from "./sentence-shape";

describe("classifySentence", () => {
  it("separates statements from subheadings, questions and fragments", () => {
    expect(classifySentence("Prices rose 5% last year.")).toBe("statement");
    expect(classifySentence("China banks")).toBe("heading");
    expect(classifySentence("Is that sustainable?")).toBe("question");
    expect(classifySentence("“Really?” the mayor asked reporters.")).toBe("statement");
    expect(classifySentence("Why did it fail?”")).toBe("question");
    expect(classifySentence("Unions reacted angrily.")).toBe("fragment");
    expect(classifySentence("The hearing is on Nov. 14. 💧")).toBe("statement");
  });
});

describe("splitClauses", () => {
  it("splits at semicolons and concessive links only", () => {
    const sentence = "Prices rose 5% in May, though many shoppers remain gloomy; stocks fell.";
    expect(splitClauses(sentence).map((c) => sentence.slice(c.start, c.end))).toEqual([
      "Prices rose 5% in May",
      "though many shoppers remain gloomy",
      "stocks fell.",
    ]);
    expect(splitClauses("Red, green and blue.")).toHaveLength(1);
  });
});

describe("quotation share", () => {
  it("tracks quotes across sentences of a block and resets at a blank line", () => {
    const text = "“One. Two.” Three.\n\n“Four.";
    const quoted = findQuotedCharacters(text);
    expect(quotedShare(text, quoted, 0, 11)).toBe(1);
    expect(quotedShare(text, quoted, 12, 18)).toBe(0);
    expect(quotedShare(text, quoted, 20, 26)).toBe(1);
    const straight = '"Yes," he said.';
    expect(quotedShare(straight, findQuotedCharacters(straight), 0, straight.length)).toBeCloseTo(6 / 13);
  });
});

describe("combineWeights", () => {
  it("combines positive reasons as noisy-OR and damps by negative ones", () => {
    expect(combineWeights([REASONS.money])).toBeCloseTo(0.4);
    expect(combineWeights([REASONS.money, REASONS.date])).toBeCloseTo(1 - 0.6 * 0.8);
    expect(combineWeights([REASONS.money, REASONS.opinion])).toBeCloseTo(0.4 * 0.6);
    expect(combineWeights([])).toBe(0);
  });
});
