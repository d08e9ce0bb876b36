import { describe, expect, it } from "vitest";
import { pickUnit, textUnits } from "./text-units";

const text = "First one. Second, with 3.5 percent! Third?\n\nA new paragraph 😀 here. Last.";
const blocks = [
  { type: "paragraph" as const, start: 0, end: 43 },
  { type: "paragraph" as const, start: 45, end: 74 },
];
const words = (units: { start: number; end: number }[]) => units.map((u) => [...text].slice(u.start, u.end).join(""));

describe("textUnits", () => {
  it("splits paragraphs into sentences without the spaces between them", () => {
    expect(words(textUnits(text, blocks, "sentence", "en"))).toEqual([
      "First one.",
      "Second, with 3.5 percent!",
      "Third?",
      "A new paragraph 😀 here.",
      "Last.",
    ]);
  });

  it("counts an emoji as one code point, as the reader's offsets do", () => {
    const last = textUnits(text, blocks, "sentence", "en").at(-1)!;
    expect(last).toEqual({ start: 69, end: 74 });
  });

  it("gives whole blocks for paragraphs", () => {
    expect(words(textUnits(text, blocks, "paragraph"))).toEqual([
      "First one. Second, with 3.5 percent! Third?",
      "A new paragraph 😀 here. Last.",
    ]);
  });
});

describe("pickUnit", () => {
  const units = textUnits(text, blocks, "sentence", "en");
  it("takes the sentence at the caret", () => {
    expect(pickUnit(units, 14, null)).toEqual(units[1]);
  });
  it("takes the next sentence when the caret is between two", () => {
    expect(pickUnit(units, 10, null)).toEqual(units[1]);
    expect(pickUnit(units, 44, null)).toEqual(units[3]);
  });
  it("steps forward and back from a selected sentence, staying at the ends", () => {
    expect(pickUnit(units, 0, units[0]!, 1)).toEqual(units[1]);
    expect(pickUnit(units, 0, units[1]!, -1)).toEqual(units[0]);
    expect(pickUnit(units, 0, units[0]!, -1)).toEqual(units[0]);
    expect(pickUnit(units, 0, units[4]!, 1)).toEqual(units[4]);
  });
  it("grows a partial selection to its whole sentence", () => {
    expect(pickUnit(units, 13, { start: 13, end: 17 })).toEqual(units[1]);
  });
  it("has nothing to pick in an empty text", () => {
    expect(pickUnit([], 0, null)).toBeNull();
  });
});
