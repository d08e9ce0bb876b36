// Helpers of the planner statistics tests (lib/db/planner-statistics*.int.test.ts).
import { sql } from "kysely";
import { sqlOf, type Db } from "../db/client";
import { makeArticle, makeWorkspace } from "./factories";
import { testDb, testProvider } from "./test-db";

/** Whether the Claim table has planner statistics: SQLite's sqlite_stat1 rows, PostgreSQL's row estimate. */
export async function claimStatistics(db: Db): Promise<number> {
  if (testProvider() === "postgresql") {
    // -1 until the table was first analysed.
    const { rows } = await sql<{ n: number }>`SELECT reltuples AS n FROM pg_class WHERE relname = 'Claim'`.execute(
      sqlOf(db),
    );
    return Number(rows[0]!.n);
  }
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'Claim'`.execute(
    sqlOf(db),
  );
  return rows[0]!.n;
}

export async function workspaceWithClaims() {
  const ws = await makeWorkspace(testDb().db);
  const article = await makeArticle(testDb().db, ws.workspace.id, ws.editor.userId, ["One. Two. Three."]);
  await testDb().db.claim.createMany({
    data: Array.from({ length: 50 }, (_, i) => ({
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      revisionId: article.revisionId,
      createdById: ws.editor.userId,
      start: i % 10,
      end: (i % 10) + 3,
      exact: "One",
      prefix: "",
      suffix: ". Two",
      originalRevisionId: article.revisionId,
    })),
  });
}
