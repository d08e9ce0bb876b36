// The query planner needs statistics to choose between indexes: without them SQLite looked ten
// claims up by id through their workspace's index (every claim of the workspace read).
import { describe, expect, it } from "vitest";
import { claimStatistics, workspaceWithClaims } from "../testing/planner-statistics";
import { testDb } from "../testing/test-db";
import { refreshPlannerStatistics } from "./client";

describe("planner statistics", () => {
  it("are brought up to date on demand after a bulk load", async () => {
    await workspaceWithClaims();
    await refreshPlannerStatistics(testDb().db);
    expect(await claimStatistics(testDb().db)).toBeGreaterThan(0);
  });
});
