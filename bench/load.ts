// Load test: 50 concurrent clients against the production build (`next start`) on a
// fresh SQLite database and on a fresh PostgreSQL database. Phases: the health route as the
// ceiling, signed-in article page reads, API writes (notes and verdicts), and a mix of both.
// `npm run bench:load`; LOAD_SECONDS sets the length of each phase, LOAD_DATABASES the providers,
// LOAD_CPU_PROF=1 writes the server's CPU profile to bench/results/profiles (open in DevTools).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseProvider } from "../lib/db/database-url";
import { freshDatabase } from "./lib/fresh-database";
import { kindOf, mixed, noteWrite, pageReads, syncVerdictVersions, verdictWrite } from "./lib/load-requests";
import { formatPhaseTable, runPhase, type PhaseRow } from "./lib/load-phase";
import { seedLoadWorkspace } from "./lib/load-workspace";
import { prepareBuild, startNextServer } from "./lib/next-server";
import { machine } from "./lib/prng";
import { postgresCpuMs, processTreeCpuMs } from "./lib/process-memory";
import { signInOverHttp } from "../lib/testing/sign-in-over-http";

const root = process.cwd();
const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
// BENCH_PORT moves the servers off their default ports (SQLite on it, PostgreSQL on the next).
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3500);
const PORTS: Record<DatabaseProvider, number> = { sqlite: BENCH_PORT, postgresql: BENCH_PORT + 1 };

function profileArgs(): string[] {
  return process.env.LOAD_CPU_PROF === "1"
    ? ["--cpu-prof", `--cpu-prof-dir=${join(root, "bench/results/profiles")}`]
    : [];
}

async function settle(base: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const answer = await fetch(`${base}/api/health`);
  if (!answer.ok) throw new Error(`the server is not healthy between phases (${answer.status})`);
}

async function loadOne(provider: DatabaseProvider): Promise<PhaseRow[]> {
  const database = await freshDatabase(provider, "load");
  const server = await (async () => {
    const workspace = await seedLoadWorkspace(database.target, { reviewers: CONNECTIONS });
    return {
      workspace,
      next: await startNextServer({ port: PORTS[provider], env: database.env, nodeArgs: profileArgs() }),
    };
  })().catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  const { workspace, next } = server;
  try {
    const cookie = await signInOverHttp(next.base, workspace.editor.email, workspace.editor.password);
    const phase = async (
      name: string,
      requestsFor: Parameters<typeof runPhase>[0]["requestsFor"],
      seconds = SECONDS,
    ) => {
      // Requests still queued from the previous phase must not count against this one.
      await settle(next.base);
      await syncVerdictVersions(workspace, next.base);
      return runPhase({
        database: provider,
        phase: name,
        url: next.base,
        connections: CONNECTIONS,
        seconds,
        requestsFor,
        kindOf,
        cpu: () => ({
          server: processTreeCpuMs(next.process.pid!),
          database: provider === "postgresql" ? postgresCpuMs() : null,
        }),
      });
    };
    // Warm-up: the first requests of each route load its server bundle.
    await phase("warm-up", (i) => mixed(workspace, cookie, i), 3);
    const rows = [
      await phase("ceiling: GET /api/health", () => [{ method: "GET", path: "/api/health" }]),
      await phase("article page reads (signed in)", (i) => pageReads(workspace, cookie, i)),
      await phase("API writes: notes + verdicts", (i) => [noteWrite(workspace, i), verdictWrite(workspace, i)]),
      await phase("mix: ½ page reads, ¼ notes, ¼ verdicts", (i) => mixed(workspace, cookie, i)),
    ];
    for (const row of rows) console.log(formatPhaseTable([row]).at(-1));
    return rows;
  } finally {
    await next.stop();
    await database.drop();
  }
}

export async function runLoadBenchmark(): Promise<string[]> {
  await prepareBuild(root);
  const providers = (process.env.LOAD_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((p) => p.trim()) as DatabaseProvider[];
  const rows: PhaseRow[] = [];
  for (const provider of providers) rows.push(...(await loadOne(provider)));
  const lines = [
    `Load test (${machine()}): ${CONNECTIONS} connections, ${SECONDS} s per phase, next start, ${new Date().toISOString()}`,
    ...formatPhaseTable(rows),
  ];
  const dir = join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "load.md"), `${lines.join("\n")}\n`);
  writeFileSync(
    join(dir, `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify(rows, null, 2),
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runLoadBenchmark()).join("\n"));
