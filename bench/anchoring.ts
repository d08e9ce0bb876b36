// Re-anchoring benchmark: 1,000 claims on a ~100 KB article after an edit that changes 5% of the
// text in small edits scattered over the whole article (bench/lib/anchoring-case.ts). Two cases:
// ordinary text, and text where 40% of sentences are copies so only context tells them apart.
// Two paths: through the revision diff (reanchorClaims), and quote matching alone (anchorInText
// on every claim, with no knowledge of the old text).
//   npx tsx bench/anchoring.ts            the table
//   npx tsx bench/anchoring.ts --details  also every claim that was not right
import { performance } from "node:perf_hooks";
import { anchorInText, reanchorClaims, sliceCodePoints, type AnchorResult } from "../lib/anchoring";
import { buildAnchoringCase, type AnchoringCase } from "./lib/anchoring-case";
import { gradeResults, isRight } from "./lib/anchoring-grade";
import { machine, median } from "./lib/prng";

const RUNS = 9;
/**
 * Warm-up: the figures are for a running server, not a cold start. One run was not enough: V8
 * optimises the functions that run for a few claims per call (quote matching of removed claims)
 * only after a dozen calls, so the first case measured the compiler, not the code (30 ms against
 * 12 ms for the same work once optimised). Warm up for this long, and at least one run.
 */
const WARM_UP_MS = 1000;

function time(run: () => AnchorResult[]): { ms: number; results: AnchorResult[] } {
  let results = run();
  for (const start = performance.now(); performance.now() - start < WARM_UP_MS;) results = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    results = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), results };
}

export const anchoringCases: { name: string; build: () => AnchoringCase }[] = [
  { name: "ordinary text", build: () => buildAnchoringCase({ seed: 1, repeats: false }) },
  { name: "many repeats", build: () => buildAnchoringCase({ seed: 2, repeats: true }) },
];

function describeFailures(data: AnchoringCase, results: AnchorResult[]): string[] {
  const lines: string[] = [];
  results.forEach((result, i) => {
    const truth = data.truths[i]!;
    if (isRight(result, truth)) return;
    const claim = data.claims[i]!;
    const found =
      result.start === null ? "—" : JSON.stringify(sliceCodePoints(data.newText, result.start, result.end!));
    const wanted = truth.start < 0 ? "—" : JSON.stringify(sliceCodePoints(data.newText, truth.start, truth.end));
    lines.push(
      `  #${i} ${truth.kind} → ${result.state}/${result.method} conf ${result.confidence.toFixed(2)}${result.needsReview ? " flagged" : ""}`,
    );
    lines.push(`     claim ${JSON.stringify(claim.quote.exact)} at ${claim.position.start}`);
    lines.push(`     found ${found} at ${result.start}; truth ${wanted} at ${truth.start}`);
  });
  return lines;
}

export function runAnchoringBenchmark(options: { details?: boolean } = {}): string[] {
  const lines = [
    `Anchoring benchmark (${machine()}), median of ${RUNS} runs after ${WARM_UP_MS / 1000} s of warm-up`,
    "",
  ];
  lines.push(
    "case          | path           | median ms | right  | deleted→orphaned | misplaced, no flag | wrong, flagged | lost | flagged | needless flags",
  );
  lines.push(
    "------------- | -------------- | --------- | ------ | ---------------- | ------------------ | -------------- | ---- | ------- | --------------",
  );
  const notes: string[] = [];
  for (const { name, build } of anchoringCases) {
    const data = build();
    const paths = {
      "revision diff": () => reanchorClaims(data.oldText, data.newText, data.claims),
      "quote matching": () => data.claims.map((claim) => anchorInText(data.newText, claim)),
    };
    for (const [path, run] of Object.entries(paths)) {
      const { ms, results } = time(run);
      const g = gradeResults(results, data.truths);
      const cells = [
        name.padEnd(13),
        path.padEnd(14),
        ms.toFixed(1).padStart(9),
        `${((g.right / g.total) * 100).toFixed(1)}%`.padStart(6),
        `${g.orphanedRight}/${g.deleted}`.padStart(16),
        String(g.misplacedUnflagged).padStart(18),
        String(g.wrongFlagged).padStart(14),
        String(g.lost).padStart(4),
        String(g.flagged).padStart(7),
        String(g.needlessFlags).padStart(14),
      ];
      lines.push(cells.join(" | "));
      if (options.details)
        notes.push(
          `${name}, ${path}: wrong by kind ${JSON.stringify(g.wrongByKind)}`,
          ...describeFailures(data, results),
        );
    }
    const kinds = data.truths.reduce<Record<string, number>>(
      (all, t) => ({ ...all, [t.kind]: (all[t.kind] ?? 0) + 1 }),
      {},
    );
    const edits = Object.entries(data.edits)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ");
    notes.push(
      `${name}: ${(data.oldText.length / 1000).toFixed(0)} KB → ${(data.newText.length / 1000).toFixed(0)} KB, ${(data.editedShare * 100).toFixed(1)}% of characters changed by ${edits}.`,
    );
    notes.push(
      `  claims afterwards: ${Object.entries(kinds)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(", ")}`,
    );
  }
  return [...lines, "", ...notes];
}

if (process.argv[1]?.endsWith("/bench/anchoring.ts"))
  console.log(runAnchoringBenchmark({ details: process.argv.includes("--details") }).join("\n"));
