// Exports at scale: a workspace of 10,000 claims and 50,000 notes (with sources, verdicts, final
// verdicts, tags and replies), exported as W3C JSON-LD and as CSV through the public API of the
// production build (`next start`), on SQLite and on PostgreSQL (EXPORT_DATABASES picks). Time to
// the last byte, median of 5 after a warm-up; the server's peak RSS (VmHWM) per format, with a
// fresh server for each so the peaks are its own. The client asks for gzip, as browsers do.
// Targets (issue 5): under 3 s each, peak memory of the server under 300 MB.
import { parse } from "csv-parse/sync";
import { performance } from "node:perf_hooks";
import type { DatabaseProvider } from "../lib/db/database-url";
import { seedExportWorkspace } from "./lib/export-seed";
import { freshDatabase, type FreshDatabase } from "./lib/fresh-database";
import { prepareBuild, startNextServer } from "./lib/next-server";
import { processTreeMemory } from "./lib/process-memory";
import { machine, median } from "./lib/prng";

const PORT = 3203;
const BASE = `http://127.0.0.1:${PORT}`;
const CLAIMS = 10_000;
const NOTES = 50_000;
const ARTICLES = 25;
const RUNS = 5;

async function seed(
  database: FreshDatabase,
): Promise<{ workspaceId: string; token: string; claims: number; notes: number }> {
  const { prepareDatabase } = await import("../scripts/lib/prepare-database");
  const { target } = await prepareDatabase({ seed: false, target: database.target });
  const { createDb, refreshPlannerStatistics } = await import("../lib/db/client");
  const { createApiToken } = await import("../lib/api-tokens/create-api-token");
  const handle = createDb(target);
  try {
    const started = performance.now();
    const seeded = await seedExportWorkspace(handle.db, { articles: ARTICLES, claims: CLAIMS, notes: NOTES });
    // A live PostgreSQL database has planner statistics (autovacuum); one filled a second ago does not.
    await refreshPlannerStatistics(handle.db);
    console.log(
      `Seeded ${seeded.claims} claims and ${seeded.notes} notes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const token = await createApiToken(handle.db, {
      actor: seeded.editor,
      input: { name: "export bench", workspaceId: seeded.workspaceId, scope: "read" },
    });
    return { ...seeded, token: token.secret };
  } finally {
    await handle.close();
  }
}

/** Downloads one export to its last byte; the text only when asked (to check it is complete). */
async function download(
  url: string,
  token: string,
  keep: boolean,
): Promise<{ ms: number; bytes: number; text: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200 || !response.body)
    throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = "";
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    if (keep) text += decoder.decode(chunk, { stream: true });
  }
  return { ms: performance.now() - started, bytes, text: keep ? text + decoder.decode() : "" };
}

function countW3c(text: string): number {
  const collection = JSON.parse(text) as { total: number; first?: { items: unknown[]; next?: unknown } };
  let count = 0;
  for (let page = collection.first; page; page = page.next as typeof page) count += page.items.length;
  if (count !== collection.total) throw new Error(`W3C export: total says ${collection.total}, pages hold ${count}`);
  return count;
}

function countCsv(text: string): number {
  return (parse(text, { bom: true, relax_column_count: false }) as string[][]).length - 1;
}

async function measure(format: "w3c" | "csv", seeded: Awaited<ReturnType<typeof seed>>, database: FreshDatabase) {
  const server = await startNextServer({ port: PORT, env: { ...database.env, NEXTAUTH_URL: BASE } });
  try {
    const url = `${BASE}/api/v1/workspaces/${seeded.workspaceId}/exports?format=${format}`;
    // What the server holds once the API is loaded, before any export: the floor under the peak.
    const ping = await fetch(`${BASE}/api/v1/workspaces`, { headers: { authorization: `Bearer ${seeded.token}` } });
    if (ping.status !== 200) throw new Error(`the API answered ${ping.status}`);
    await ping.arrayBuffer();
    const before = processTreeMemory(server.process.pid!, "VmRSS");
    const warm = await download(url, seeded.token, true);
    const count = format === "w3c" ? countW3c(warm.text) : countCsv(warm.text);
    if (count !== seeded.claims) throw new Error(`${format} export holds ${count} claims, expected ${seeded.claims}`);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push((await download(url, seeded.token, false)).ms);
    return {
      format,
      ms: median(times),
      bytes: warm.bytes,
      count,
      before,
      peak: processTreeMemory(server.process.pid!),
    };
  } finally {
    await server.stop();
  }
}

async function measureOn(provider: DatabaseProvider): Promise<string[]> {
  const database = await freshDatabase(provider, "exports");
  try {
    const seeded = await seed(database);
    const results = [await measure("w3c", seeded, database), await measure("csv", seeded, database)];
    return results.map(
      (r) =>
        `  ${provider.padEnd(10)} ${r.format.padEnd(4)} ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.count} claims: ${(r.ms / 1000).toFixed(2)} s to the last byte (target < 3 s); server peak RSS ${(r.peak.bytes / 1024 / 1024).toFixed(0)} MB (target < 300 MB; ${(r.before.bytes / 1024 / 1024).toFixed(0)} MB before the first export)`,
    );
  } finally {
    await database.drop();
  }
}

export async function runExportsBenchmark(): Promise<string[]> {
  await prepareBuild();
  const providers = (process.env.EXPORT_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((p) => p.trim()) as DatabaseProvider[];
  const lines = [
    `Export benchmark (${machine()}): ${CLAIMS} claims, ${NOTES} notes in ${ARTICLES} articles, next start; median of ${RUNS} after a warm-up, fresh server per format`,
  ];
  for (const provider of providers) lines.push(...(await measureOn(provider)));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runExportsBenchmark()).join("\n"));
