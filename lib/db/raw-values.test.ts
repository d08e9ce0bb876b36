import { describe, expect, it } from "vitest";
import { rawBoolean, rawCount } from "./raw-values";

describe("raw query values", () => {
  it("reads EXISTS as SQLite (0n/1n) and PostgreSQL (boolean) answer it", () => {
    expect([1n, true, 1].map(rawBoolean)).toEqual([true, true, true]);
    expect([0n, false, 0, null, undefined].map(rawBoolean)).toEqual([false, false, false, false, false]);
  });

  it("reads COUNT as a number and refuses what is not one", () => {
    expect(rawCount(499n)).toBe(499);
    expect(rawCount(0)).toBe(0);
    expect(() => rawCount(null)).toThrow(TypeError);
  });
});
