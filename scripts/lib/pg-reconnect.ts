// PostgreSQL restarted under the app: by default every backend of the app's own database is
// terminated (the server keeps running for anyone else using it); with CRASH_RESTART_POSTGRES=1
// the local server itself is restarted (pg_ctlcluster), for a machine that is only running this.
// Either way the app must answer reads and writes again without being restarted.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import pg from "pg";
import type { LoadWorkspace } from "../../bench/lib/load-workspace";

export interface ReconnectReport {
  /** What was done to the database, for the summary. */
  cut: string;
  /** Whether anything was actually cut (a test that cut nothing proves nothing). */
  didCut: boolean;
  /** Status of each attempt after the termination, in order, until a write succeeded. */
  attempts: number[];
  recoveredAfterMs: number | null;
}

async function terminateBackends(databaseUrl: string): Promise<number> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
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
  return terminated;
}

function restartLocalServer(): void {
  const [version] = readdirSync("/etc/postgresql");
  if (!version) throw new Error("no local PostgreSQL cluster in /etc/postgresql to restart");
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "inherit" });
}

export async function cutDatabaseAndRetry(options: {
  databaseUrl: string;
  base: string;
  workspace: LoadWorkspace;
  restartServer: boolean;
}): Promise<ReconnectReport> {
  let cut: string;
  let didCut: boolean;
  if (options.restartServer) {
    restartLocalServer();
    [cut, didCut] = ["the PostgreSQL server restarted", true];
  } else {
    const terminated = await terminateBackends(options.databaseUrl);
    [cut, didCut] = [`pg_terminate_backend on the app's database: ${terminated} backends cut`, terminated > 0];
  }
  const { workspace } = options;
  const reviewer = workspace.reviewers[0]!;
  const attempts: number[] = [];
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const health = await fetch(`${options.base}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    const write = await fetch(
      `${options.base}/api/v1/workspaces/${workspace.workspaceId}/claims/${reviewer.claimId}/notes`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
        body: JSON.stringify({ body: "After the database connections were cut." }),
      },
    ).then(
      (r) => r.status,
      () => 0,
    );
    attempts.push(health, write);
    if (health === 200 && write === 201) return { cut, didCut, attempts, recoveredAfterMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { cut, didCut, attempts, recoveredAfterMs: null };
}
