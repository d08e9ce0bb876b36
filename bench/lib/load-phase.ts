// One measured phase of the load test: autocannon with N connections for a fixed time, reduced
// to the figures the README reports (req/s, p50, p99, and every non-2xx by status code).
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
}

export async function runPhase(options: {
  database: string;
  phase: string;
  url: string;
  connections: number;
  seconds: number;
  /** The request loop of each connection (its index picks its reviewer, claim, ...). */
  requestsFor: (connection: number) => autocannon.Request[];
}): Promise<PhaseRow> {
  let connection = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: options.requestsFor(0),
    setupClient: (client) => client.setRequests(options.requestsFor(connection++)),
    timeout: 30,
  });
  const failures: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    if (!code.startsWith("2") && stat.count) failures[code] = stat.count;
  }
  if (result.errors - result.timeouts > 0) failures.error = result.errors - result.timeouts;
  if (result.timeouts) failures.timeout = result.timeouts;
  return {
    database: options.database,
    phase: options.phase,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
  };
}

export function formatPhaseTable(rows: PhaseRow[]): string[] {
  const header = "| database | phase | requests | req/s | p50 ms | p99 ms | non-2xx / errors |";
  const lines = [header, "| --- | --- | ---: | ---: | ---: | ---: | --- |"];
  for (const row of rows) {
    const failures =
      Object.entries(row.failures)
        .map(([code, count]) => `${code}×${count}`)
        .join(", ") || "none";
    lines.push(
      `| ${row.database} | ${row.phase} | ${row.requests} | ${row.perSecond.toFixed(0)} | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} | ${failures} |`,
    );
  }
  return lines;
}
