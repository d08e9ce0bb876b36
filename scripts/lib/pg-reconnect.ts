// PostgreSQL restarted under the app, as far as a shared server allows: every backend of the
// app's own database is terminated (the server itself keeps running for everyone else), then
// the app must answer reads and writes again without being restarted.
import pg from "pg";
import type { LoadWorkspace } from "../../bench/lib/load-workspace";

export interface ReconnectReport {
  terminated: number;
  /** Status of each attempt after the termination, in order, until a write succeeded. */
  attempts: number[];
  recoveredAfterMs: number | null;
}

export async function terminateBackendsAndRetry(options: { databaseUrl: string; base: string; workspace: LoadWorkspace }): Promise<ReconnectReport> {
  const name = new URL(options.databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: options.databaseUrl.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  let terminated = 0;
  try {
    const result = await admin.query<{ terminated: boolean }>(
      "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    terminated = result.rows.filter((row) => row.terminated).length;
  } finally {
    await admin.end();
  }
  const { workspace } = options;
  const reviewer = workspace.reviewers[0]!;
  const attempts: number[] = [];
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const health = await fetch(`${options.base}/api/health`).then((r) => r.status, () => 0);
    const write = await fetch(`${options.base}/api/v1/workspaces/${workspace.workspaceId}/claims/${reviewer.claimId}/notes`, {
      method: "POST",
      headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
      body: JSON.stringify({ body: "After the database connections were cut." }),
    }).then((r) => r.status, () => 0);
    attempts.push(health, write);
    if (health === 200 && write === 201) return { terminated, attempts, recoveredAfterMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { terminated, attempts, recoveredAfterMs: null };
}
