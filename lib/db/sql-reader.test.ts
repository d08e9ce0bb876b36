import { describe, expect, it } from "vitest";
import { toPgPlaceholders } from "./sql-reader";

describe("the driver-level reader", () => {
  it("numbers placeholders for PostgreSQL", () => {
    expect(toPgPlaceholders(`SELECT 1 FROM "Note" WHERE "a" = ? AND "b" >= ? AND "c" < ?`)).toBe(
      `SELECT 1 FROM "Note" WHERE "a" = $1 AND "b" >= $2 AND "c" < $3`,
    );
  });
});
