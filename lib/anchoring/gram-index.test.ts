import { describe, expect, it } from "vitest";
import { GramIndex } from "./gram-index";

describe("GramIndex", () => {
  const text = "alpha beta gamma alpha beta gamma alpha beta";

  it("lists every place of a piece in text order", () => {
    expect(new GramIndex(text).find("alpha be")).toEqual([0, 17, 34]);
  });

  it("indexes only pieces starting inside the given ranges", () => {
    expect(new GramIndex(text, [{ start: 10, end: 20 }]).find("alpha be")).toEqual([17]);
  });

  it("lists each place once when the ranges overlap (a repeated place would loop forever)", () => {
    const index = new GramIndex(text, [
      { start: 0, end: 20 },
      { start: 12, end: 40 },
      { start: 30, end: 36 },
    ]);
    expect(index.find("alpha be")).toEqual([0, 17, 34]);
  });
});
