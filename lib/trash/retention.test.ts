import { describe, expect, it } from "vitest";
import { daysLeft, purgeAfterOf, TRASH_RETENTION_DAYS } from "./retention";

const DAY = 24 * 60 * 60 * 1000;

describe("trash retention", () => {
  it("keeps an item 30 days and counts the day under way", () => {
    const deletedAt = new Date("2026-03-01T12:00:00Z");
    const purgeAfter = purgeAfterOf(deletedAt);
    expect(purgeAfter.toISOString()).toBe("2026-03-31T12:00:00.000Z");
    expect(daysLeft(purgeAfter, deletedAt)).toBe(TRASH_RETENTION_DAYS);
    expect(daysLeft(purgeAfter, new Date(deletedAt.getTime() + 1))).toBe(30);
    expect(daysLeft(purgeAfter, new Date(purgeAfter.getTime() - DAY))).toBe(1);
    expect(daysLeft(purgeAfter, new Date(purgeAfter.getTime() - 1))).toBe(1);
    expect(daysLeft(purgeAfter, purgeAfter)).toBe(0);
    expect(daysLeft(purgeAfter, new Date(purgeAfter.getTime() + DAY))).toBe(0);
  });
});
