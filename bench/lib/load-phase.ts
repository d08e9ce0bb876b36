// One measured phase of the load test: autocannon with N connections for a fixed time, reduced
// to the figures docs/benchmarks.md reports: req/s, p50, p99, CPU time per request of the server
// and of the database, and every non-2xx by status code.
import autocannon from "autocannon";

export interface PhaseRow {
  database: string;
  phase: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Non-2xx answers and transport errors, e.g. { "409": 2, "timeout": 1 }. */
  failures: Record<string, number>;
  /** CPU time per request of the app server, and of PostgreSQL's processes (null on SQLite). */
  serverCpuMs: number;
  databaseCpuMs: number | null;
  /** p50 and p99 per kind of request (page read, note, verdict), timed from send to answer. */
  kinds: Record<string, { count: number; p50: number; p99: number }>;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

// Times each request of one connection (one request in flight per connection): from the moment
// autocannon builds it to its answer, recorded under its kind.
function timed(request: autocannon.Request, record: (ms: number) => void): autocannon.Request {
  let sentAt = 0;
  // The load requests give functions, not the module paths autocannon's workers take.
  const setup = request.setupRequest as Exclude<autocannon.Request["setupRequest"], string>;
  const answered = request.onResponse as Exclude<autocannon.Request["onResponse"], string>;
  return {
    ...request,
    setupRequest: (built, context) => {
      sentAt = performance.now();
      return setup ? setup(built, context) : built;
    },
    onResponse: (status, body, context, headers) => {
      record(performance.now() - sentAt);
      answered?.(status, body, context, headers);
    },
  };
}

export async function runPhase(options: {
  database: string;
  phase: string;
  url: string;
  connections: number;
  seconds: number;
  /** The request loop of each connection (its index picks its reviewer, claim, ...). */
  requestsFor: (connection: number) => autocannon.Request[];
  /** The kind a request is counted under for the per-kind latencies (default: one kind, the phase). */
  kindOf?: (request: autocannon.Request) => string;
  /** Reads the CPU time used so far: by the server, and by the database when it is a server. */
  cpu: () => { server: number; database: number | null };
}): Promise<PhaseRow> {
  let connection = 0;
  const latencies = new Map<string, number[]>();
  const requestsFor = (index: number) =>
    options.requestsFor(index).map((request) => {
      const kind = options.kindOf?.(request) ?? options.phase;
      const bucket = latencies.get(kind) ?? [];
      latencies.set(kind, bucket);
      return timed(request, (ms) => bucket.push(ms));
    });
  const before = options.cpu();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: requestsFor(0),
    setupClient: (client) => client.setRequests(requestsFor(connection++)),
    timeout: 30,
  });
  const failures: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    if (!code.startsWith("2") && stat.count) failures[code] = stat.count;
  }
  if (result.errors - result.timeouts > 0) failures.error = result.errors - result.timeouts;
  if (result.timeouts) failures.timeout = result.timeouts;
  const after = options.cpu();
  const perRequest = (ms: number) => ms / Math.max(1, result.requests.total);
  return {
    database: options.database,
    phase: options.phase,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    serverCpuMs: perRequest(after.server - before.server),
    databaseCpuMs:
      before.database === null || after.database === null ? null : perRequest(after.database - before.database),
    kinds: Object.fromEntries(
      [...latencies].map(([kind, values]) => {
        const sorted = values.sort((a, b) => a - b);
        return [kind, { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) }];
      }),
    ),
  };
}

export function formatPhaseTable(rows: PhaseRow[]): string[] {
  const header =
    "| database | phase | requests | req/s | p50 ms | p99 ms | p50 / p99 ms by kind | server CPU ms / request | database CPU ms / request | non-2xx / errors |";
  const lines = [header, "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |"];
  for (const row of rows) {
    const failures =
      Object.entries(row.failures)
        .map(([code, count]) => `${code}×${count}`)
        .join(", ") || "none";
    const kinds = Object.entries(row.kinds)
      .map(
        ([kind, { count, p50, p99 }]) => `${kind} ${count ? `${p50.toFixed(0)} / ${p99.toFixed(0)}` : "none answered"}`,
      )
      .join("; ");
    lines.push(
      `| ${row.database} | ${row.phase} | ${row.requests} | ${row.perSecond.toFixed(0)} | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} | ${kinds} | ${row.serverCpuMs.toFixed(2)} | ${row.databaseCpuMs?.toFixed(2) ?? "—"} | ${failures} |`,
    );
  }
  return lines;
}
