// `npm run bench`: every benchmark, one after another, with its figures.
import { runAnchoringBenchmark } from "./anchoring";
import { runClaimMemoryBenchmark } from "./claim-memory";
import { runLoadBenchmark } from "./load";
import { runExportsBenchmark } from "./exports";
import { runPublicSiteBenchmark } from "./public";
import { runReaderPageBenchmark } from "./reader-page";
import { runRestoreBenchmark } from "./restore";
import { runSuggestionsBenchmark } from "./suggestions";

const benches: { name: string; run: () => Promise<string[]> | string[] }[] = [
  { name: "anchoring", run: runAnchoringBenchmark },
  { name: "suggestions", run: runSuggestionsBenchmark },
  { name: "reader", run: runReaderPageBenchmark },
  { name: "exports", run: runExportsBenchmark },
  { name: "restore", run: runRestoreBenchmark },
  { name: "load", run: runLoadBenchmark },
  { name: "memory", run: runClaimMemoryBenchmark },
  { name: "public", run: runPublicSiteBenchmark },
];
const only = process.argv[2];
for (const bench of benches) {
  if (only && bench.name !== only) continue;
  console.log((await bench.run()).join("\n"), "\n");
}
