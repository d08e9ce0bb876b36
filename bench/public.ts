// The public fact-check site under load: a published fact-check's page (plain and conditional),
// and the Atom feed, against /api/health on the same server in the same run (the target:
// a public page at least as many requests per second as the health route). Phases alternate
// (health, page, health, page, ...) ROUNDS times and the medians are reported, so a noisy moment
// on a shared machine does not decide the comparison. `npm run bench -- public`; PUBLIC_SECONDS
// sets the length of each phase, PUBLIC_DATABASES the providers (default sqlite).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseProvider, DatabaseTarget } from "../lib/db/database-url";
import { freshDatabase } from "./lib/fresh-database";
import { formatPhaseTable, runPhase, type PhaseRow } from "./lib/load-phase";
import { prepareBuild, startNextServer } from "./lib/next-server";
import { machine, median } from "./lib/prng";
import { postgresCpuMs, processTreeCpuMs } from "./lib/process-memory";

const root = process.cwd();
const CONNECTIONS = 50;
const SECONDS = Number(process.env.PUBLIC_SECONDS ?? 8);
const ROUNDS = 3;
const PORT = Number(process.env.PUBLIC_BENCH_PORT ?? 3122);

/** The demo workspace (public site on) with one published fact-check; its public path. */
async function publishOne(target: DatabaseTarget): Promise<string> {
  const { prepareDatabase } = await import("../scripts/lib/prepare-database");
  await prepareDatabase({ seed: true, target });
  const { createDb } = await import("../lib/db/client");
  const { createClaim } = await import("../lib/claims/create-claim");
  const { setFinalVerdict, setFinalVerdictPublished } = await import("../lib/verdicts/set-final-verdict");
  const handle = createDb(target);
  try {
    const db = handle.db;
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@margin.test" }, select: { id: true } });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true } });
    const article = await db.article.findFirstOrThrow({
      where: { workspaceId: workspace.id },
      select: { id: true, currentRevision: { select: { id: true } } },
    });
    const actor = { userId: editor.id };
    const scope = { actor, workspaceId: workspace.id };
    const claim = await createClaim(db, {
      ...scope,
      articleId: article.id,
      input: { revisionId: article.currentRevision!.id, start: 0, end: 60 },
    });
    const rating = await db.rating.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });
    const final = await setFinalVerdict(db, {
      ...scope,
      claimId: claim.id,
      input: {
        ratingId: rating.id,
        summary: "**Checked.** The figures in [the report](https://stats.example) differ.",
      },
    });
    await setFinalVerdictPublished(db, {
      ...scope,
      claimId: claim.id,
      input: { published: true, version: final.version },
    });
    return `/fact-checks/demo/${claim.id}`;
  } finally {
    await handle.close();
  }
}

async function benchOne(provider: DatabaseProvider): Promise<PhaseRow[]> {
  const database = await freshDatabase(provider, "public");
  try {
    const path = await publishOne(database.target);
    const next = await startNextServer({ port: PORT, env: database.env });
    try {
      const first = await fetch(`${next.base}${path}`);
      if (first.status !== 200) throw new Error(`the public page answered ${first.status}`);
      const etag = first.headers.get("etag")!;
      const phase = async (name: string, request: { path: string; headers?: Record<string, string> }) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return runPhase({
          database: provider,
          phase: name,
          url: next.base,
          connections: CONNECTIONS,
          seconds: SECONDS,
          requestsFor: () => [{ method: "GET", ...request }],
          cpu: () => ({
            server: processTreeCpuMs(next.process.pid!),
            database: provider === "postgresql" ? postgresCpuMs() : null,
          }),
        });
      };
      await phase("warm-up", { path });
      const phases = [
        { name: "GET /api/health", request: { path: "/api/health" } },
        { name: "public fact-check page (200)", request: { path } },
        { name: "public fact-check page, If-None-Match (304)", request: { path, headers: { "if-none-match": etag } } },
        { name: "Atom feed", request: { path: "/fact-checks/demo/feed.xml" } },
      ];
      const runs = new Map<string, PhaseRow[]>(phases.map((p) => [p.name, []]));
      for (let round = 0; round < ROUNDS; round++)
        for (const p of phases) runs.get(p.name)!.push(await phase(p.name, p.request));
      return [...runs.values()].map(medianRow);
    } finally {
      await next.stop();
    }
  } finally {
    await database.drop();
  }
}

/** The run with the median req/s, its other figures kept with it. */
function medianRow(rows: PhaseRow[]): PhaseRow {
  const mid = median(rows.map((row) => row.perSecond));
  return rows.reduce((best, row) => (Math.abs(row.perSecond - mid) < Math.abs(best.perSecond - mid) ? row : best));
}

export async function runPublicSiteBenchmark(): Promise<string[]> {
  await prepareBuild(root);
  const providers = (process.env.PUBLIC_DATABASES ?? "sqlite").split(",").map((p) => p.trim()) as DatabaseProvider[];
  const rows: PhaseRow[] = [];
  for (const provider of providers) rows.push(...(await benchOne(provider)));
  const lines = [
    `Public site (${machine()}): ${CONNECTIONS} connections, ${SECONDS} s per phase, median of ${ROUNDS} alternating rounds, next start, ${new Date().toISOString()}`,
    ...formatPhaseTable(rows),
  ];
  for (const provider of providers) {
    const of = (name: string) => rows.find((row) => row.database === provider && row.phase === name)!.perSecond;
    const ratio = of("public fact-check page (200)") / of("GET /api/health");
    lines.push(`${provider}: public page / health = ${ratio.toFixed(2)} (target ≥ 1)`);
  }
  const dir = join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "public.md"), `${lines.join("\n")}\n`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runPublicSiteBenchmark()).join("\n"));
