import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { cacheStatements, type CachedStatement } from "./sqlite-statement-cache";

function connection(size?: number) {
  const db = new Database(":memory:");
  db.defaultSafeIntegers(true);
  db.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL UNIQUE)`);
  const compile = vi.spyOn(db, "prepare");
  cacheStatements(db, size);
  const prepare = (sql: string) => db.prepare(sql) as unknown as CachedStatement;
  return { db, compile, prepare };
}

describe("the SQLite statement cache", () => {
  it("runs and reads with fresh arguments each time, as the Prisma adapter uses statements", () => {
    const { prepare } = connection();
    for (const name of ["a", "b", "c"]) prepare(`INSERT INTO "T" ("name") VALUES (?)`).bind([name]).run();
    const select = (min: number) => {
      const bound = prepare(`SELECT "id", "name" FROM "T" WHERE "id" >= ? ORDER BY "id"`).bind([min]);
      return { reader: bound.reader, columns: bound.columns().map((c) => c.name), rows: bound.raw().all() };
    };
    expect(select(1)).toEqual({
      reader: true,
      columns: ["id", "name"],
      rows: [
        [1n, "a"],
        [2n, "b"],
        [3n, "c"],
      ],
    });
    expect(select(3).rows).toEqual([[3n, "c"]]);
    const columns = (sql: string) => prepare(sql).bind([]).columns();
    expect(columns(`SELECT "name" FROM "T"`)).toBe(columns(`SELECT "name" FROM "T"`)); // read once per compiled statement
    expect(prepare(`DELETE FROM "T" WHERE "id" = ?`).bind([2]).reader).toBe(false);
    expect(prepare(`DELETE FROM "T" WHERE "id" = ?`).bind([2]).run().changes).toBe(1);
    prepare("BEGIN").run();
    prepare("ROLLBACK").run();
  });

  it("compiles each statement once, while at most `size` are kept", () => {
    const { compile, prepare } = connection(2);
    const query = (n: number) => prepare(`SELECT ${n}`).bind([]).raw().all();
    for (let i = 0; i < 5; i++) query(1);
    expect(compile).toHaveBeenCalledTimes(1);
    query(2);
    query(1); // still cached, and now the most recently used
    query(3); // evicts 2
    query(2);
    expect(compile.mock.calls.map(([sql]) => sql)).toEqual(["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 2"]);
  });

  it("stays usable after a statement fails", () => {
    const { prepare } = connection();
    const insert = (name: string) => prepare(`INSERT INTO "T" ("name") VALUES (?)`).bind([name]).run();
    insert("x");
    expect(() => insert("x")).toThrow(/UNIQUE/);
    expect(insert("y").changes).toBe(1);
    expect(() => prepare(`SELECT * FROM "Missing"`)).toThrow(/no such table/);
  });
});
