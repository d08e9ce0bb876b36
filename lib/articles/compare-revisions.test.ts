import { describe, expect, it } from "vitest";
import { diffTexts, type DiffPart } from "./compare-revisions";

const side = (parts: DiffPart[], skip: DiffPart["kind"]) =>
  parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join("");

describe("diffTexts", () => {
  it("marks a corrected figure as one word replaced by another, not characters", () => {
    const parts = diffTexts("Turnout was 78-21 in favour.", "Turnout was 21-78 in favour.");
    expect(parts).toEqual([
      { kind: "same", text: "Turnout was " },
      { kind: "removed", text: "78-21" },
      { kind: "added", text: "21-78" },
      { kind: "same", text: " in favour." },
    ]);
  });

  it("keeps both texts whole, whitespace and paragraphs included", () => {
    const before = "The council spent €4.5 million.\n\nIt opened in 1998,  late.";
    const after = "The council spent €5 million on it.\n\nIt opened in 1999, late.\n\nA new paragraph.";
    const parts = diffTexts(before, after);
    expect(side(parts, "added")).toBe(before);
    expect(side(parts, "removed")).toBe(after);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toContain("1998,");
  });
});

describe("diffTexts across several words", () => {
  it("groups a rewritten phrase into one removal and one addition", () => {
    expect(diffTexts("It was 78 points up.", "It is 21 points up.")).toEqual([
      { kind: "same", text: "It " },
      { kind: "removed", text: "was 78" },
      { kind: "added", text: "is 21" },
      { kind: "same", text: " points up." },
    ]);
  });
});
