// Speed of claim suggestions on the seed articles and on a long article built from them.
// Run: npx tsx bench/suggestions.ts
import { loadSeedArticles } from "../lib/suggestions/fixture-articles";
import { machine, median } from "./lib/prng";
import { splitSentences, suggestClaims } from "../lib/suggestions/index";

function time(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 5; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function runSuggestionsBenchmark(): string[] {
  const seeds = loadSeedArticles();
  const long = Array.from({ length: 25 }, () => seeds.map((a) => a.text).join("\n\n")).join("\n\n");
  // One huge block (no blank lines) guards against look-backs that rescan the block.
  const oneBlock = long.replace(/\n\n/g, " ");
  const cases = [
    ...seeds.map((a) => ({ name: a.name, text: a.text })),
    { name: "long (25 × both seeds)", text: long },
    { name: "long, one block", text: oneBlock },
  ];
  const lines = [`Claim suggestions benchmark (${machine()})`];
  for (const { name, text } of cases) {
    const rounds = text.length > 50_000 ? 30 : 200;
    const split = time(() => splitSentences(text), rounds);
    const suggest = time(() => suggestClaims(text), rounds);
    lines.push(
      `${name.padEnd(24)} ${String([...text].length).padStart(7)} code points  splitSentences ${split.toFixed(2)} ms  suggestClaims ${suggest.toFixed(2)} ms (median of ${rounds})`,
    );
  }
  return lines;
}

if (process.argv[1]?.endsWith("/bench/suggestions.ts")) console.log(runSuggestionsBenchmark().join("\n"));
