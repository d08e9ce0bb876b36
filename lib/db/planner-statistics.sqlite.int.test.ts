// SQLite's advice for long-lived connections, followed by the app's: PRAGMA optimize when a
// connection opens (and every few minutes after).
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { testDb } from "../testing/test-db";
import { createDb, sqlOf } from "./client";
import { claimStatistics, workspaceWithClaims } from "../testing/planner-statistics";

describe("planner statistics on SQLite", () => {
  it("are gathered when an app connection to SQLite opens", async () => {
    await workspaceWithClaims();
    await sql`DROP TABLE IF EXISTS sqlite_stat1`.execute(sqlOf(testDb().db));
    const fresh = createDb(testDb().target);
    try {
      await fresh.db.workspace.count();
      expect(await claimStatistics(fresh.db)).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });
});
