import { describe, expect, it } from "vitest";
import { toBoolean, toDate, toDateOrNull, toPgPlaceholders } from "./sql-reader";

describe("values as the drivers give them", () => {
  it("reads dates from SQLite's ISO text, PostgreSQL's zone-less timestamp text, epoch milliseconds and Dates, all as UTC", () => {
    const expected = "2026-12-02T11:08:14.170Z";
    expect(toDate("2026-12-02T11:08:14.170+00:00").toISOString()).toBe(expected);
    expect(toDate("2026-12-02T13:08:14.170+02:00").toISOString()).toBe(expected);
    expect(toDate("2026-12-02 11:08:14.17").toISOString()).toBe(expected);
    expect(toDate("2026-12-02T11:08:14.170Z").toISOString()).toBe(expected);
    expect(toDate(Date.parse(expected)).toISOString()).toBe(expected);
    expect(toDate(new Date(expected)).toISOString()).toBe(expected);
    expect(toDateOrNull(null)).toBeNull();
  });

  it("reads booleans stored as 0/1 or true/false", () => {
    expect([toBoolean(1), toBoolean(0), toBoolean(true), toBoolean(false)]).toEqual([true, false, true, false]);
  });

  it("numbers placeholders for PostgreSQL", () => {
    expect(toPgPlaceholders(`SELECT 1 FROM "Note" WHERE "a" = ? AND "b" >= ? AND "c" < ?`)).toBe(`SELECT 1 FROM "Note" WHERE "a" = $1 AND "b" >= $2 AND "c" < $3`);
  });
});
