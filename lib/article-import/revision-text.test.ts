import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRevisionText } from "./revision-text";

describe("buildRevisionText", () => {
  it("joins blocks with a blank line and gives code-point ranges", () => {
    const { text, blocks } = buildRevisionText([
      { type: "paragraph", text: "Rocket 🚀 launch." },
      { type: "heading", text: "Next" },
      { type: "paragraph", text: "é and e\u0301." },
    ]);
    expect(text).toBe("Rocket 🚀 launch.\n\nNext\n\né and e\u0301.");
    expect(blocks).toEqual([
      { type: "paragraph", start: 0, end: 16 },
      { type: "heading", start: 18, end: 22 },
      { type: "paragraph", start: 24, end: 33 },
    ]);
  });

  it("maps every block back to its exact text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => !s.includes("\n")),
          { minLength: 1, maxLength: 8 },
        ),
        (texts) => {
          const { text, blocks } = buildRevisionText(texts.map((t) => ({ type: "paragraph" as const, text: t })));
          const points = [...text];
          blocks.forEach((block, i) => expect(points.slice(block.start, block.end).join("")).toBe(texts[i]));
        },
      ),
    );
  });
});
