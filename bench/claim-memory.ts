// Claim memory, measured (`npm run bench -- memory`): on the labelled cases
// (bench/fixtures/claim-memory-pairs.ts), P@1 and R@3 of the held-out part (never used for tuning)
// and the score threshold's precision and recall on its pairs; then, on SQLite and PostgreSQL
// (MEMORY_DATABASES picks), a workspace of 100,000 claims (the labelled ones among news-like
// distractors): P@1 / R@3 end to end (full-text retrieval, then re-ranking) and the latency of
// findSimilarClaims, p50 and p95 over 200 claims after a warm-up. Target: p95 under 50 ms.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { DatabaseProvider } from "../lib/db/database-url";
import { SAME_CLAIM_THRESHOLD } from "../lib/claim-memory/score-similarity";
import { CLAIM_CASES } from "./fixtures/claim-memory-pairs";
import {
  casesOf,
  evaluateRanking,
  labelledCorpus,
  rankingFigures,
  thresholdFigures,
  type RankingFigures,
} from "./lib/claim-memory-eval";
import { freshDatabase } from "./lib/fresh-database";
import { newsSentence } from "./lib/news-text";
import { machine, median, prng } from "./lib/prng";

const CLAIMS = Number(process.env.MEMORY_CLAIMS ?? 100_000);
const ARTICLES = 100;
const TIMED = 200;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const ranking = (r: RankingFigures) =>
  `P@1 ${pct(r.precisionAt1)}, R@3 ${pct(r.recallAt3)} (${r.queries} reworded claims)`;

interface Labelled {
  text: string;
  /** The case this is the original claim of, or null. */
  claimOf: number | null;
  /** The case this is a rewording of (a query), or null. */
  queryOf: number | null;
}

function labelledClaims(): Labelled[] {
  return [
    ...labelledCorpus([]).map((e) => ({ ...e, queryOf: null })),
    ...CLAIM_CASES.flatMap((c, index) => c.same.map((text) => ({ text, claimOf: null, queryOf: index }))),
  ];
}

async function measureOn(provider: DatabaseProvider): Promise<string[]> {
  const database = await freshDatabase(provider, "memory");
  try {
    const { prepareDatabase } = await import("../scripts/lib/prepare-database");
    const { target } = await prepareDatabase({ seed: false, target: database.target });
    const { createDb, refreshPlannerStatistics } = await import("../lib/db/client");
    const { findSimilarClaims } = await import("../lib/claim-memory/find-similar-claims");
    const handle = createDb(target);
    const db = handle.db;
    try {
      const started = performance.now();
      const editor = await db.user.create({
        data: { name: "Bench Editor", email: `memory-${randomUUID()}@bench.test` },
      });
      const workspace = await db.workspace.create({
        data: {
          name: "Claim memory bench",
          slug: `memory-${randomUUID().slice(0, 8)}`,
          memberships: { create: { userId: editor.id, role: "editor" } },
        },
      });
      const articles = Array.from({ length: ARTICLES }, (_, a) => ({
        id: randomUUID(),
        revisionId: randomUUID(),
        title: `Bench article ${a + 1}`,
      }));
      await db.article.createMany({
        data: articles.map((a) => ({ id: a.id, workspaceId: workspace.id, title: a.title, createdById: editor.id })),
      });
      await db.articleRevision.createMany({
        data: articles.map((a) => ({
          id: a.revisionId,
          articleId: a.id,
          number: 1,
          text: "Bench text.",
          blocks: "[]",
          contentHash: a.id,
          origin: "paste",
          createdById: editor.id,
        })),
      });
      const random = prng(2026);
      const labelled = labelledClaims();
      const claims = Array.from({ length: CLAIMS }, (_, i) => {
        const item = labelled[i];
        return { id: randomUUID() as string, text: item?.text ?? newsSentence(random), item: item ?? null };
      });
      for (let from = 0; from < claims.length; from += 2000) {
        const chunk = claims.slice(from, from + 2000);
        const rows = chunk.map((c, k) => {
          const article = articles[(from + k) % ARTICLES]!;
          return { claim: c, article };
        });
        await db.claim.createMany({
          data: rows.map(({ claim, article }) => ({
            id: claim.id,
            workspaceId: workspace.id,
            articleId: article.id,
            revisionId: article.revisionId,
            originalRevisionId: article.revisionId,
            exact: claim.text,
            prefix: "",
            suffix: "",
            start: 0,
            end: [...claim.text].length,
            createdById: editor.id,
          })),
        });
        await db.searchEntry.createMany({
          data: rows.map(({ claim, article }) => ({
            workspaceId: workspace.id,
            kind: "claim",
            entityId: claim.id,
            articleId: article.id,
            claimId: claim.id,
            body: claim.text,
          })),
        });
      }
      await refreshPlannerStatistics(db);
      const seeded = ((performance.now() - started) / 1000).toFixed(1);
      const actor = { userId: editor.id };
      const similar = (claimId: string) =>
        findSimilarClaims(db, { actor, workspaceId: workspace.id, claimId, input: { limit: 10 } });

      // End to end on the held-out rewordings: siblings (other rewordings of the same case) are
      // neither right nor wrong, so they are left out of each ranking.
      const caseOfClaim = new Map(claims.filter((c) => c.item?.claimOf != null).map((c) => [c.id, c.item!.claimOf]));
      const queryCase = new Map(claims.filter((c) => c.item?.queryOf != null).map((c) => [c.id, c.item!.queryOf!]));
      const heldOut = new Set(casesOf("held-out").map((c) => c.index));
      const rankings = [];
      for (const [claimId, index] of queryCase) {
        if (!heldOut.has(index)) continue;
        const results = await similar(claimId);
        const ranked = results
          .flatMap((r) => (r.external ? [] : [r]))
          .filter((r) => queryCase.get(r.claimId) !== index)
          .map((r) => caseOfClaim.get(r.claimId) ?? null);
        rankings.push({ expected: index, ranked });
      }
      const endToEnd = rankingFigures(rankings);

      // Latency: every rewording, then distractors, up to TIMED claims, after a warm-up.
      const timed = [...queryCase.keys(), ...claims.slice(labelled.length).map((c) => c.id)].slice(0, TIMED);
      for (const id of timed.slice(0, 10)) await similar(id);
      const samples: number[] = [];
      for (const id of timed) {
        const start = performance.now();
        await similar(id);
        samples.push(performance.now() - start);
      }
      return [
        `  ${provider.padEnd(10)} ${CLAIMS.toLocaleString("en-US")} claims (seeded in ${seeded} s): held-out end to end ${ranking(endToEnd)}`,
        `  ${"".padEnd(10)} findSimilarClaims p50 ${median(samples).toFixed(1)} ms, p95 ${p95(samples).toFixed(1)} ms over ${samples.length} claims (target p95 < 50 ms)`,
      ];
    } finally {
      await handle.close();
    }
  } finally {
    await database.drop();
  }
}

export async function runClaimMemoryBenchmark(): Promise<string[]> {
  const random = prng(7);
  const corpus = labelledCorpus(Array.from({ length: 2000 }, () => newsSentence(random)));
  const pairs = (split: "tuning" | "held-out") => {
    const t = thresholdFigures(split, SAME_CLAIM_THRESHOLD);
    return `threshold ${SAME_CLAIM_THRESHOLD}: precision ${pct(t.precision)}, recall ${pct(t.recall)} on ${t.pairs} pairs`;
  };
  const positives = CLAIM_CASES.reduce((n, c) => n + c.same.length, 0);
  const negatives = CLAIM_CASES.reduce((n, c) => n + c.near.length, 0);
  const lines = [
    `Claim memory benchmark (${machine()})`,
    `Labelled set: ${CLAIM_CASES.length} claims, ${positives + negatives} pairs (${positives} reworded, ${negatives} near misses); held out: ${casesOf("held-out").length} claims`,
    `  held-out   re-ranking over ${corpus.length} claims: ${ranking(evaluateRanking("held-out", corpus))}; ${pairs("held-out")}`,
    `  tuning     re-ranking over ${corpus.length} claims: ${ranking(evaluateRanking("tuning", corpus))}; ${pairs("tuning")}`,
  ];
  const providers = (process.env.MEMORY_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((p) => p.trim()) as DatabaseProvider[];
  for (const provider of providers) lines.push(...(await measureOn(provider)));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runClaimMemoryBenchmark()).join("\n"));
