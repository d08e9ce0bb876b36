import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates", () => {
  const moment = new Date("2026-12-06T23:30:00Z");

  it("writes one format, in UTC by default", () => {
    expect(formatDate(moment)).toBe("6 Dec 2026");
    expect(formatDateTime(moment)).toBe("6 Dec 2026, 23:30 UTC");
    expect(formatDateTime(moment.toISOString())).toBe("6 Dec 2026, 23:30 UTC");
  });

  it("writes a moment in the reader's time zone, which can move it to the next day", () => {
    expect(formatDateTime(moment, "Europe/Berlin")).toBe("7 Dec 2026, 00:30 CET");
    expect(formatDate(moment, "Asia/Tokyo")).toBe("7 Dec 2026");
    expect(formatDateTime(moment, "America/New_York")).toBe("6 Dec 2026, 18:30 GMT-5");
  });
});
