import { describe, expect, it } from "vitest";
import { revisionBlocksProblem } from "./revision-blocks";

describe("revisionBlocksProblem", () => {
  it("accepts blocks within the text, counted in code points", () => {
    const blocks = JSON.stringify([
      { type: "heading", start: 0, end: 2 },
      { type: "paragraph", start: 4, end: 7 },
    ]);
    expect(revisionBlocksProblem(blocks, 7)).toBeNull();
    expect(revisionBlocksProblem("[]", 0)).toBeNull();
  });

  it("names what is wrong: not JSON, wrong shape, outside the text, reversed", () => {
    expect(revisionBlocksProblem("{oops", 10)).toMatch(/not JSON/);
    expect(revisionBlocksProblem(JSON.stringify([{ type: "script", start: 0, end: 1 }]), 10)).toMatch(/paragraph/);
    expect(revisionBlocksProblem(JSON.stringify([{ type: "paragraph", start: 0, end: 11 }]), 10)).toMatch(/Block 0/);
    expect(revisionBlocksProblem(JSON.stringify([{ type: "paragraph", start: 5, end: 4 }]), 10)).toMatch(/Block 0/);
  });
});
