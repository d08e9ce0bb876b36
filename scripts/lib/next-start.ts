// The one way Margin's server process is started: `next start` under node with the V8 memory
// settings below. `npm start` (and so the browser tests), the two-instance test, the benchmarks
// and the crash test all use it, so what they measure is what runs.
import { join } from "node:path";

/**
 * A long-running server should hold little garbage. With V8's defaults the old generation grew to
 * about three times its live size (~55 MB) before a full collection, and every 10,000-claim export
 * left ~20 MB there, so the export benchmark's server peaked near 380 MB. Collecting once the old
 * generation has grown 30% past what was live, and a young generation of 2 × 8 MB instead of
 * 2 × 16 MB, keep it under 300 MB (docs/benchmarks.md, Exports).
 */
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=30", "--max-semi-space-size=8"];

/** Arguments of `node` for a server process; `nodeArgs` add node options (e.g. `--cpu-prof`). */
export function nextStartArgs(options: { port: number; host: string; root?: string; nodeArgs?: string[] }): string[] {
  const next = join(options.root ?? process.cwd(), "node_modules/next/dist/bin/next");
  return [
    ...SERVER_NODE_FLAGS,
    ...(options.nodeArgs ?? []),
    next,
    "start",
    "-p",
    String(options.port),
    "-H",
    options.host,
  ];
}
