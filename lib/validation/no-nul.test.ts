import { describe, expect, it } from "vitest";
import { containsNul, findNul } from "./no-nul";

describe("findNul", () => {
  it("finds a NUL in nested values and keys, with its path", () => {
    expect(findNul({ a: [1, { b: "ok" }, { c: "x\0y" }] })).toEqual(["a", 2, "c"]);
    expect(findNul({ "k\0": 1 })).toEqual(["k\0"]);
    expect(containsNul(["fine", { text: "also fine" }])).toBe(false);
  });
});
