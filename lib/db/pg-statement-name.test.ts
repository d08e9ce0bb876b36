import { describe, expect, it } from "vitest";
import { pgStatementName } from "./pg-statement-name";

describe("PostgreSQL statement names", () => {
  it("names a statement by its text: the same text, the same name; another text, another name", () => {
    const select = `SELECT "id" FROM "public"."Note" WHERE "claimId" = $1`;
    expect(pgStatementName(select)).toMatch(/^margin_[\w-]{22}$/);
    expect(pgStatementName(select)).toBe(pgStatementName(`${select}`));
    expect(pgStatementName(`${select} LIMIT $2`)).not.toBe(pgStatementName(select));
  });

  it("leaves statements with a list of parameters unnamed, so list lengths do not pile up prepared statements", () => {
    expect(pgStatementName(`SELECT "id" FROM "Note" WHERE "id" IN ($1,$2,$3)`)).toBe("");
    expect(pgStatementName(`SELECT "id" FROM "Note" WHERE "id" IN ($1, $2)`)).toBe("");
    expect(pgStatementName(`SELECT "id" FROM "Note" WHERE "id" IN ($1)`)).not.toBe("");
  });
});
