// Re-anchoring benchmark: 1,000 claims on a ~100 KB article per case, under separate edit models
// (bench/lib/anchoring-models.ts: word substitutions at 5/10/20%, typos, reordering, paragraph
// splits, a mix; each on ordinary text and on text where 40% of sentences are copies) and the
// original mixed edit (bench/lib/anchoring-case.ts). Three paths: through the revision diff
// (reanchorClaims); quote matching alone for a whole article (anchorClaimsInText, an import); and
// quote matching one claim at a time (anchorInText: a single claim from the API, timed once).
// Seed 4 is held out: never looked at while tuning, reported separately.
//   npx tsx bench/anchoring.ts                    the tables
//   npx tsx bench/anchoring.ts --details          also every claim that was not right
//   npx tsx bench/anchoring.ts --only=typos       only the cases whose name holds "typos"
import { performance } from "node:perf_hooks";
import { anchorClaimsInText, anchorInText, reanchorClaims, sliceCodePoints, type AnchorResult } from "../lib/anchoring";
import { buildAnchoringCase, type AnchoringCase } from "./lib/anchoring-case";
import { gradeResults, isRight } from "./lib/anchoring-grade";
import { buildModelCase, type EditModel } from "./lib/anchoring-models";
import { machine, median } from "./lib/prng";

const RUNS = 3;
/**
 * Warm-up, once before the first case: the figures are for a running server, not a cold start (V8
 * optimises the functions that run for a few claims per call only after a dozen calls).
 */
const WARM_UP_MS = 1000;
let warm = false;

function time(run: () => AnchorResult[]): { ms: number; results: AnchorResult[] } {
  let results = run();
  if (!warm) for (const start = performance.now(); performance.now() - start < WARM_UP_MS;) results = run();
  warm = true;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    results = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), results };
}

export const anchoringCases: { name: string; build: () => AnchoringCase; heldOut?: boolean }[] = [
  { name: "mixed edit (original generator)", build: () => buildAnchoringCase({ seed: 1, repeats: false }) },
  { name: "mixed edit, 40% repeats (original generator)", build: () => buildAnchoringCase({ seed: 2, repeats: true }) },
];
const MODELS: EditModel[] = [
  "substitute 5%",
  "substitute 10%",
  "substitute 20%",
  "typos",
  "reorder",
  "split paragraphs",
  "mixed",
];
// Seeds 1, 2 and 3 were looked at while tuning (2 and 3 were each first meant as the held-out set,
// but their failures were then studied); seed 4 is held out: never looked at while tuning.
for (const [seed, heldOut] of [
  [1, false],
  [4, true],
] as const)
  for (const model of MODELS)
    for (const repeats of [0, 0.4])
      anchoringCases.push({
        name: `${model}${repeats ? ", 40% repeats" : ""}`,
        build: () => buildModelCase({ seed, model, repeats }),
        heldOut,
      });

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

const HEADER = [
  "case | path | median ms | right | deleted→orphaned | misplaced, no flag | wrong, flagged | lost | flagged | needless flags",
  "--- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:",
];

export function runAnchoringBenchmark(options: { details?: boolean; only?: string } = {}): string[] {
  const tables = { tuned: [...HEADER], heldOut: [...HEADER] };
  const notes: string[] = [];
  for (const { name, build, heldOut } of anchoringCases) {
    if (options.only && !name.includes(options.only)) continue;
    const data = build();
    const paths = {
      "revision diff": () => reanchorClaims(data.oldText, data.newText, data.claims),
      "quote only": () => anchorClaimsInText(data.newText, data.claims),
      "quote only, one claim at a time": () => data.claims.map((claim) => anchorInText(data.newText, claim)),
    };
    for (const [path, run] of Object.entries(paths)) {
      // One claim at a time is graded, not timed (it is not how a whole article is anchored).
      const { ms, results } = path.includes("one claim") ? { ms: NaN, results: run() } : time(run);
      const g = gradeResults(results, data.truths);
      const cells = [
        name,
        path,
        Number.isNaN(ms) ? "—" : ms.toFixed(0),
        `${((g.right / g.total) * 100).toFixed(1)}%`,
        `${g.orphanedRight}/${g.deleted}`,
        String(g.misplacedUnflagged),
        String(g.wrongFlagged),
        String(g.lost),
        String(g.flagged),
        String(g.needlessFlags),
      ];
      (heldOut ? tables.heldOut : tables.tuned).push(cells.join(" | "));
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
      `- ${heldOut ? "held out: " : ""}${name}: ${(data.oldText.length / 1000).toFixed(0)} KB → ${(data.newText.length / 1000).toFixed(0)} KB, ${(data.editedShare * 100).toFixed(1)}% of characters changed by ${edits}; claims afterwards: ${Object.entries(
        kinds,
      )
        .map(([kind, n]) => `${n} ${kind}`)
        .join(", ")}`,
    );
  }
  return [
    `Anchoring benchmark (${machine()}), 1,000 claims per case, median of ${RUNS} runs after ${WARM_UP_MS / 1000} s of warm-up`,
    "",
    "Tuned on (seed 1, and the original generator's two cases; seeds 2 and 3, also studied while tuning, are not shown):",
    "",
    ...tables.tuned,
    "",
    "Held out (seed 4, never looked at while tuning):",
    "",
    ...tables.heldOut,
    "",
    ...notes,
  ];
}

if (process.argv[1]?.endsWith("/bench/anchoring.ts"))
  console.log(
    runAnchoringBenchmark({
      details: process.argv.includes("--details"),
      only: process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length),
    }).join("\n"),
  );
