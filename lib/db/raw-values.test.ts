import { describe, expect, it } from "vitest";
import { rawBoolean, rawCount, rawDate, rawDateOrNull } from "./raw-values";

describe("raw query values", () => {
  it("reads EXISTS as SQLite (0n/1n) and PostgreSQL (boolean) answer it", () => {
    expect([1n, true, 1].map(rawBoolean)).toEqual([true, true, true]);
    expect([0n, false, 0, null, undefined].map(rawBoolean)).toEqual([false, false, false, false, false]);
  });

  it("reads COUNT as a number and refuses what is not one", () => {
    expect(rawCount(499n)).toBe(499);
    expect(rawCount(0)).toBe(0);
    expect(rawCount("12")).toBe(12); // node-postgres: COUNT is a bigint, given as text
    expect(() => rawCount("12 notes")).toThrow(TypeError);
    expect(() => rawCount(null)).toThrow(TypeError);
  });

  it("reads dates from SQLite's ISO text, PostgreSQL's zone-less timestamp text, epoch milliseconds and Dates, all as UTC", () => {
    const expected = "2026-12-02T11:08:14.170Z";
    expect(rawDate("2026-12-02T11:08:14.170+00:00").toISOString()).toBe(expected);
    expect(rawDate("2026-12-02T13:08:14.170+02:00").toISOString()).toBe(expected);
    expect(rawDate("2026-12-02 11:08:14.17").toISOString()).toBe(expected);
    expect(rawDate("2026-12-02T11:08:14.170Z").toISOString()).toBe(expected);
    expect(rawDate(Date.parse(expected)).toISOString()).toBe(expected);
    expect(rawDate(new Date(expected)).toISOString()).toBe(expected);
    expect(rawDateOrNull(null)).toBeNull();
  });

  it("reads booleans the drivers give as 0/1", () => {
    expect([1, 0].map(rawBoolean)).toEqual([true, false]);
  });
});
