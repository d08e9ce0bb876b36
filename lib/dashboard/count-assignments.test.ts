import { describe, expect, it } from "vitest";
import { startOfWeekUtc } from "./count-assignments";

describe("start of the week", () => {
  it("is Monday 00:00 UTC, whatever the day and hour", () => {
    const monday = new Date("2026-12-07T00:00:00.000Z");
    expect(startOfWeekUtc(new Date("2026-12-07T00:00:00.000Z"))).toEqual(monday);
    expect(startOfWeekUtc(new Date("2026-12-09T15:30:00.000Z"))).toEqual(monday);
    expect(startOfWeekUtc(new Date("2026-12-13T23:59:59.999Z"))).toEqual(monday);
    expect(startOfWeekUtc(new Date("2026-12-14T00:00:00.000Z"))).toEqual(new Date("2026-12-14T00:00:00.000Z"));
  });

  it("crosses month and year ends", () => {
    expect(startOfWeekUtc(new Date("2027-01-01T10:00:00Z"))).toEqual(new Date("2026-12-28T00:00:00Z"));
  });
});
