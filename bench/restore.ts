// Restore at scale: the 10,000-claim / 50,000-note workspace of the export benchmark, backed up
// and restored into an empty workspace through the public API of the production build
// (`next start`), on SQLite and on PostgreSQL (RESTORE_DATABASES picks). Measures the restore's
// time (upload, streamed parse, check, batched writes) and the server's peak RSS, and, while it
// runs, the latency of GET /api/health and of another workspace's article page (signed in), each
// requested back to back by its own client. The same two requests are measured before the
// restore as a baseline. Target (issue 8): p99 of both under 500 ms during a restore.
import { createReadStream, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { DatabaseProvider } from "../lib/db/database-url";
import { signInOverHttp } from "../lib/testing/sign-in-over-http";
import { seedExportWorkspace } from "./lib/export-seed";
import { freshDatabase, type FreshDatabase } from "./lib/fresh-database";
import { prepareBuild, startNextServer } from "./lib/next-server";
import { processTreeMemory } from "./lib/process-memory";
import { machine, median } from "./lib/prng";

const PORT = 3204;
const BASE = `http://127.0.0.1:${PORT}`;
// RESTORE_CLAIMS / RESTORE_NOTES / RESTORE_ARTICLES scale it down (2,000 / 10,000 / 5 is a backup of ~8 MB).
const CLAIMS = Number(process.env.RESTORE_CLAIMS ?? 10_000);
const NOTES = Number(process.env.RESTORE_NOTES ?? 50_000);
const ARTICLES = Number(process.env.RESTORE_ARTICLES ?? 25);
const BASELINE_MS = 5_000;
const PASSWORD = "restore bench passphrase 42";

interface Seeded {
  backupFile: string;
  backupBytes: number;
  targetWorkspaceId: string;
  token: string;
  readerEmail: string;
  articlePath: string;
}

async function seed(database: FreshDatabase): Promise<Seeded> {
  const { prepareDatabase } = await import("../scripts/lib/prepare-database");
  const { target } = await prepareDatabase({ seed: false, target: database.target });
  const { createDb, refreshPlannerStatistics } = await import("../lib/db/client");
  const { createApiToken } = await import("../lib/api-tokens/create-api-token");
  const { hashPassword } = await import("../lib/auth/password");
  const { openBackupExport } = await import("../lib/backup/export-backup");
  const handle = createDb(target);
  try {
    const db = handle.db;
    const seeded = await seedExportWorkspace(db, { articles: ARTICLES, claims: CLAIMS, notes: NOTES });
    await refreshPlannerStatistics(db);
    const passwordHash = await hashPassword(PASSWORD);
    const reader = await db.user.update({ where: { id: seeded.editor.userId }, data: { passwordHash } });
    const restorer = await db.user.create({
      data: { email: "restorer@margin.test", name: "Restorer", passwordHash },
      select: { id: true },
    });
    await db.membership.create({ data: { workspaceId: seeded.workspaceId, userId: restorer.id, role: "admin" } });
    const empty = await db.workspace.create({
      data: {
        name: "Restore target",
        slug: "restore-target",
        memberships: { create: { userId: restorer.id, role: "admin" } },
      },
      select: { id: true },
    });
    const backup = await openBackupExport(db, { actor: { userId: restorer.id }, workspaceId: seeded.workspaceId });
    let text = "";
    for await (const chunk of backup.chunks()) text += chunk;
    mkdirSync(join(process.cwd(), "bench/results"), { recursive: true });
    const backupFile = join(process.cwd(), "bench/results", `restore-${database.provider}.json`);
    writeFileSync(backupFile, text);
    const article = await db.article.findFirstOrThrow({
      where: { workspaceId: seeded.workspaceId },
      orderBy: { createdAt: "asc" },
      select: { id: true, workspace: { select: { slug: true } } },
    });
    const token = await createApiToken(db, {
      actor: { userId: restorer.id },
      input: { name: "restore bench", workspaceId: empty.id, scope: "read_write" },
    });
    return {
      backupFile,
      backupBytes: statSync(backupFile).size,
      targetWorkspaceId: empty.id,
      token: token.secret,
      readerEmail: reader.email,
      articlePath: `/w/${article.workspace.slug}/articles/${article.id}`,
    };
  } finally {
    await handle.close();
  }
}

/** Requests `url` back to back until `until` settles; the latency of each. */
async function hammer(url: string, headers: Record<string, string>, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;
const fmt = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms, p99 ${p99(values).toFixed(0)} ms (${values.length} requests)`;

async function measureOn(provider: DatabaseProvider): Promise<string[]> {
  const database = await freshDatabase(provider, "restore");
  try {
    const seeded = await seed(database);
    const server = await startNextServer({ port: PORT, env: { ...database.env, NEXTAUTH_URL: BASE } });
    try {
      const cookie = await signInOverHttp(BASE, seeded.readerEmail, PASSWORD);
      const page = { url: `${BASE}${seeded.articlePath}`, headers: { cookie } };
      const health = { url: `${BASE}/api/health`, headers: {} };
      const pause = new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
      const [baseHealth, basePage] = await Promise.all([
        hammer(health.url, health.headers, pause),
        hammer(page.url, page.headers, pause),
      ]);
      const before = processTreeMemory(server.process.pid!, "VmRSS");
      const started = performance.now();
      // Progress lines (Accept: application/x-ndjson): the answer starts once the backup is checked,
      // so no client-side header timeout caps the restore's length.
      const restore = fetch(`${BASE}/api/v1/workspaces/${seeded.targetWorkspaceId}/restore`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${seeded.token}`,
          "content-type": "application/json",
          accept: "application/x-ndjson",
        },
        body: createReadStream(seeded.backupFile) as unknown as BodyInit,
        duplex: "half",
      } as RequestInit).then(async (response) => {
        const text = await response.text();
        const last = JSON.parse(text.trim().split("\n").at(-1)!) as { summary?: { claims: number }; error?: unknown };
        if (response.status !== 200 || !last.summary)
          throw new Error(`restore answered ${response.status}: ${text.slice(-500)}`);
        return { ms: performance.now() - started, claims: last.summary.claims };
      });
      const [healthTimes, pageTimes, result] = await Promise.all([
        hammer(health.url, health.headers, restore),
        hammer(page.url, page.headers, restore),
        restore,
      ]);
      if (result.claims !== CLAIMS) throw new Error(`restored ${result.claims} claims`);
      const peak = processTreeMemory(server.process.pid!);
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
      return [
        `  ${provider}: backup ${(seeded.backupBytes / 1024 / 1024).toFixed(1)} MB, restored in ${(result.ms / 1000).toFixed(1)} s; server peak RSS ${mb(peak.bytes)} (${mb(before.bytes)} before)`,
        `    during the restore: GET /api/health ${fmt(healthTimes)}; article page of another workspace ${fmt(pageTimes)} (target p99 < 500 ms)`,
        `    before it:          GET /api/health ${fmt(baseHealth)}; article page ${fmt(basePage)}`,
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

export async function runRestoreBenchmark(): Promise<string[]> {
  await prepareBuild();
  const providers = (process.env.RESTORE_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((p) => p.trim()) as DatabaseProvider[];
  const lines = [
    `Restore benchmark (${machine()}): ${CLAIMS} claims, ${NOTES} notes in ${ARTICLES} articles, next start, one restore per database`,
  ];
  console.log(lines[0]);
  for (const provider of providers) {
    const measured = await measureOn(provider);
    // Printed as each database finishes: a long run still shows what it measured.
    console.log(measured.join("\n"));
    lines.push(...measured);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) await runRestoreBenchmark();
