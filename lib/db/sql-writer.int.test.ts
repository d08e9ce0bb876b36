// The driver-level write transaction (the note and verdict writes) against a real database: it
// commits or rolls back as a whole, stores values exactly as Prisma's model queries store them,
// and reports driver errors the way the app maps Prisma's.
import { describe, expect, it } from "vitest";
import { isUniqueConstraintError, toAppError } from "../errors/app-error";
import { makeWorkspace, uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { createDb, sqlReaderOf, sqlWriterOf } from "./client";

const db = () => testDb().db;
const insertTag = `INSERT INTO "Tag" ("id", "workspaceId", "name", "createdAt") VALUES (?, ?, ?, ?)`;

describe("driver-level write transactions", () => {
  it("commit what the work wrote and answer its result", async () => {
    const ws = await makeWorkspace(db());
    const id = `tag-${uniqueSuffix()}`;
    const result = await sqlWriterOf(db()).transaction(async (sql) => {
      const changed = await sql.run(insertTag, [id, ws.workspace.id, "committed", new Date()]);
      const rows = await sql.all<{ name: string }>(`SELECT "name" FROM "Tag" WHERE "id" = ?`, [id]);
      return { changed, rows };
    });
    expect(result).toEqual({ changed: 1, rows: [{ name: "committed" }] });
    expect(await db().tag.findUnique({ where: { id }, select: { name: true } })).toEqual({ name: "committed" });
  });

  it("roll back every statement when the work throws, and the connection serves the next one", async () => {
    const ws = await makeWorkspace(db());
    const id = `tag-${uniqueSuffix()}`;
    await expect(
      sqlWriterOf(db()).transaction(async (sql) => {
        await sql.run(insertTag, [id, ws.workspace.id, "rolled back", new Date()]);
        throw new Error("refused after the insert");
      }),
    ).rejects.toThrow(/refused after/);
    expect(await db().tag.count({ where: { id } })).toBe(0);
    const next = await sqlWriterOf(db()).transaction((sql) =>
      sql.run(insertTag, [id, ws.workspace.id, "next", new Date()]),
    );
    expect(next).toBe(1);
  });

  it("store dates as Prisma stores them, to the millisecond", async () => {
    const ws = await makeWorkspace(db());
    const at = new Date("2026-03-01T23:59:58.123Z");
    const byPrisma = await db().tag.create({
      data: { workspaceId: ws.workspace.id, name: "by prisma", createdAt: at },
      select: { id: true },
    });
    const byDriver = `tag-${uniqueSuffix()}`;
    await sqlWriterOf(db()).transaction((sql) => sql.run(insertTag, [byDriver, ws.workspace.id, "by driver", at]));
    const stored = await sqlReaderOf(db()).all<{ id: string; createdAt: unknown }>(
      `SELECT "id", "createdAt" FROM "Tag" WHERE "id" IN (?, ?)`,
      [byPrisma.id, byDriver],
    );
    const raw = new Map(stored.map((row) => [row.id, row.createdAt]));
    expect(raw.get(byDriver)).toEqual(raw.get(byPrisma.id));
    expect((await db().tag.findUnique({ where: { id: byDriver }, select: { createdAt: true } }))?.createdAt).toEqual(
      at,
    );
  });

  it("report a duplicate as a unique violation, which the app answers as a conflict", async () => {
    const ws = await makeWorkspace(db());
    const name = `twice-${uniqueSuffix()}`;
    const error = await sqlWriterOf(db())
      .transaction(async (sql) => {
        await sql.run(insertTag, [`tag-${uniqueSuffix()}`, ws.workspace.id, name, new Date()]);
        await sql.run(insertTag, [`tag-${uniqueSuffix()}`, ws.workspace.id, name, new Date()]);
      })
      .catch((caught: unknown) => caught);
    expect(isUniqueConstraintError(error)).toBe(true);
    expect(toAppError(error)?.code).toBe("conflict");
    expect(await db().tag.count({ where: { workspaceId: ws.workspace.id, name } })).toBe(0);
  });
  it("open the connection when Prisma has not, or has closed it", async () => {
    const handle = createDb(testDb().target);
    try {
      const ws = await makeWorkspace(testDb().db);
      const first = `tag-${uniqueSuffix()}`;
      await sqlWriterOf(handle.db).transaction((sql) =>
        sql.run(insertTag, [first, ws.workspace.id, "before any Prisma query", new Date()]),
      );
      await handle.db.$disconnect();
      const second = `tag-${uniqueSuffix()}`;
      await sqlWriterOf(handle.db).transaction((sql) =>
        sql.run(insertTag, [second, ws.workspace.id, "after a disconnect", new Date()]),
      );
      expect(await db().tag.count({ where: { id: { in: [first, second] } } })).toBe(2);
    } finally {
      await handle.close();
    }
  });
});
