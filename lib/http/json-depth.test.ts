import { describe, expect, it } from "vitest";
import { assertJsonDepth } from "./json-depth";

describe("assertJsonDepth", () => {
  it("accepts ordinary bodies, and brackets inside strings do not count", () => {
    expect(() => assertJsonDepth(JSON.stringify({ a: [{ b: [1, 2] }], s: '[[[[[[{{{{\\"' }), 4)).not.toThrow();
  });
  it("refuses deeper nesting with a 400", () => {
    expect(() => assertJsonDepth("[".repeat(5000) + "]".repeat(5000))).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
    expect(() => assertJsonDepth(`{"a":${"[".repeat(3)}${"]".repeat(3)}}`, 3)).toThrow(/nested more than 3 levels/);
  });
});
