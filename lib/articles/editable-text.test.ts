import { describe, expect, it } from "vitest";
import { parseEditableText, toEditableText } from "./editable-text";

describe("editable text", () => {
  it("round-trips blocks, headings and characters Markdown would eat", () => {
    const blocks = [
      { type: "paragraph" as const, text: "Prices rose *sharply* — by 4% — in 2024_Q1 🚀." },
      { type: "heading" as const, text: "China banks" },
      { type: "paragraph" as const, text: "“Quoted” text [with brackets] and <angles>." },
    ];
    expect(parseEditableText(toEditableText(blocks))).toEqual(blocks);
  });

  it("joins wrapped lines, ignores extra blank lines and Windows line endings", () => {
    expect(parseEditableText("One\r\ntwo.\r\n\r\n\r\n## Head\n\n  Three.  ")).toEqual([
      { type: "paragraph", text: "One two." },
      { type: "heading", text: "Head" },
      { type: "paragraph", text: "Three." },
    ]);
  });
});
