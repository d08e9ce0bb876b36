// Crash test (issue 7), `npm run test:crash`: for SQLite and PostgreSQL, SIGKILL the server in
// the middle of a burst of writes, restart it, and check that no acknowledged write was lost,
// nothing is half-written and (SQLite) the file passes its integrity check. On PostgreSQL, also
// cut every connection of the app's database under the running app: it must answer again
// without a restart. Exits 1 on any failure. CRASH_DATABASES picks the providers.
import { freshDatabase } from "../bench/lib/fresh-database";
import { seedLoadWorkspace } from "../bench/lib/load-workspace";
import { prepareBuild, startNextServer, type NextServer } from "../bench/lib/next-server";
import type { DatabaseProvider } from "../lib/db/database-url";
import { createCrashTags, writeBurst } from "./lib/crash-burst";
import { checkAfterCrash, rowsBeforeBurst } from "./lib/crash-checks";
import { cutDatabaseAndRetry } from "./lib/pg-reconnect";

const PORTS: Record<DatabaseProvider, number> = { sqlite: 3510, postgresql: 3511 };
const WORKERS = 24;
const KILL_AFTER = Number(process.env.CRASH_KILL_AFTER ?? 80);

async function crashOne(provider: DatabaseProvider): Promise<{ lines: string[]; failed: boolean }> {
  const database = await freshDatabase(provider, "crash");
  let server: NextServer | undefined;
  try {
    console.log(`${provider}: seeding a fresh database…`);
    const workspace = await seedLoadWorkspace(database.target, { reviewers: WORKERS });
    server = await startNextServer({ port: PORTS[provider], env: database.env });
    const pid = server.process.pid!;
    // The tags exist before the burst, so concurrent first uses do not race to create them.
    await createCrashTags(server.base, workspace);
    console.log(
      `${provider}: server pid ${pid} up; burst of writes from ${WORKERS} clients, SIGKILL after ${KILL_AFTER} acknowledgements…`,
    );
    const before = await rowsBeforeBurst(database.target, workspace.workspaceId);
    let killedAt = 0;
    const running = server;
    const burst = await writeBurst({
      base: server.base,
      workspace,
      workers: WORKERS,
      onAcknowledged: (count) => {
        if (count >= KILL_AFTER && !killedAt) {
          killedAt = count;
          process.kill(pid, "SIGKILL");
        }
      },
    });
    // A burst that ended before the kill (every write refused) is a failure, not a hang.
    if (!killedAt) process.kill(pid, "SIGKILL");
    await running.exited;
    const signal = running.process.signalCode;
    console.log(`${provider}: killed (${signal}); restarting on the same database…`);
    server = await startNextServer({ port: PORTS[provider], env: database.env });
    const report = await checkAfterCrash({ target: database.target, base: server.base, workspace, burst, before });
    const acknowledged = burst.notes.length + burst.claims.length;
    const lines = [
      `${provider}: server pid ${pid} killed by ${signal} after ${killedAt} acknowledged writes; ${burst.unanswered} requests in flight got no answer; refused: ${JSON.stringify(burst.refused)}`,
      `  acknowledged ${acknowledged} (${burst.notes.length} notes, ${burst.claims.length} claims); in the database after restart: ${report.notesInDb} notes, ${report.claimsInDb} claims`,
      `  lost ${report.lost.length}, unreadable through the API ${report.unreadable.length}, half-written ${report.partial.length}, integrity check: ${report.integrity}`,
    ];
    let failed =
      report.lost.length > 0 ||
      report.unreadable.length > 0 ||
      report.partial.length > 0 ||
      (provider === "sqlite" && report.integrity !== "ok") ||
      signal !== "SIGKILL" ||
      acknowledged < KILL_AFTER;
    for (const id of [...report.lost, ...report.unreadable, ...report.partial].slice(0, 10)) lines.push(`  ! ${id}`);
    if (provider === "postgresql") {
      const restartServer = process.env.CRASH_RESTART_POSTGRES === "1";
      const reconnect = await cutDatabaseAndRetry({
        databaseUrl: database.target.url,
        base: server.base,
        workspace,
        restartServer,
      });
      lines.push(
        `  ${reconnect.cut}; ` +
          (reconnect.recoveredAfterMs === null
            ? "the app did NOT recover within 20 s"
            : `the app answered a read and a write again after ${reconnect.recoveredAfterMs} ms without a restart`) +
          ` (statuses ${reconnect.attempts.join(",")})`,
      );
      failed ||= reconnect.recoveredAfterMs === null || !reconnect.didCut;
    }
    return { lines, failed };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

await prepareBuild();
const providers = (process.env.CRASH_DATABASES ?? "sqlite,postgresql")
  .split(",")
  .map((p) => p.trim()) as DatabaseProvider[];
let failed = false;
const summary: string[] = [];
for (const provider of providers) {
  const result = await crashOne(provider);
  failed ||= result.failed;
  summary.push(...result.lines, `  => ${result.failed ? "FAILED" : "passed"}`);
}
console.log(["Crash test summary", ...summary].join("\n"));
process.exit(failed ? 1 : 0);
