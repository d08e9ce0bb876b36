// Two `next start` instances on one fresh PostgreSQL database behave as one: a session made on A
// works on B, a note written through A reaches B's live stream in under a second, and after the
// database drops every connection of the app both instances answer again and events still flow.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfNeeded } from "../../build-if-needed";
import { prepareDatabase } from "../../lib/prepare-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../lib/seed/demo-accounts";
import { createPostgresDatabase, dropPostgresDatabase } from "../../../lib/testing/postgres-admin";
import { signInOverHttp } from "../../../lib/testing/sign-in-over-http";
import { openEventStream, startInstance, waitForHealth, type Instance } from "./instances";

const SAMPLES = 9;
let database: { name: string; url: string };
let a: Instance;
let b: Instance;
let cookie: string;
let paths: { workspace: string; article: string; claim: string };

async function api(instance: Instance, method: string, path: string, body?: unknown) {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    // A browser's write carries its page's Origin; the API refuses cookie writes without one.
    headers: {
      Cookie: cookie,
      Origin: instance.url,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `${method} ${path} on ${instance.url}: ${response.status} ${text}\n${instance.output().slice(-3000)}`,
    );
  return (JSON.parse(text) as { data: unknown }).data;
}

async function terminateAppConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

async function listenerCount(): Promise<number> {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'",
    );
    return (rows[0] as { n: number }).n;
  } finally {
    await admin.end();
  }
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

beforeAll(async () => {
  buildIfNeeded();
  database = await createPostgresDatabase("margin_cluster");
  await prepareDatabase({ seed: true, target: { provider: "postgresql", url: database.url } });
  [a, b] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (database) await dropPostgresDatabase(database.name);
});

describe("two instances on one PostgreSQL database", () => {
  it("accept a session made on the other instance", async () => {
    const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor")!;
    cookie = await signInOverHttp(a.url, editor.email, DEMO_PASSWORD);
    const workspaces = (await api(b, "GET", "/api/v1/workspaces")) as { id: string }[];
    expect(workspaces.length).toBeGreaterThan(0);
    const workspace = workspaces[0]!.id;
    const response = await fetch(`${b.url}/api/v1/workspaces/${workspace}/articles`, { headers: { Cookie: cookie } });
    const articles = ((await response.json()) as { data: { id: string }[] }).data;
    const article = articles[0]!.id;
    const detail = (await api(a, "GET", `/api/v1/workspaces/${workspace}/articles/${article}`)) as {
      revision: { text: string };
    };
    const exact = detail.revision.text.slice(0, 30);
    const created = (await api(b, "POST", `/api/v1/workspaces/${workspace}/articles/${article}/claims`, {
      selector: [{ type: "TextQuoteSelector", exact }],
    })) as { claim: { id: string } };
    paths = { workspace, article, claim: created.claim.id };
  });

  it("send a note written through A to B's live stream in under a second", async () => {
    const stream = await openEventStream(
      `${b.url}/api/v1/workspaces/${paths.workspace}/articles/${paths.article}/events`,
      cookie,
    );
    await stream.next((e) => e.event === "presence", 10_000);
    const note = (body: string) =>
      api(a, "POST", `/api/v1/workspaces/${paths.workspace}/claims/${paths.claim}/notes`, { body }) as Promise<{
        id: string;
      }>;
    // The first call loads the route's code on A: not what is measured.
    const warmUp = await note("Warm-up");
    await stream.next((e) => e.event === "change" && e.data.includes(warmUp.id), 5_000);
    // Measured from the write (the audit entry's time, same clock) to its arrival on B, and from
    // the start of the request, which adds A's own handling.
    const latencies: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const written = await note(`Checked on A, #${i}`);
      const event = await stream.next((e) => e.event === "change" && e.data.includes(written.id), 5_000);
      latencies.push(event.receivedWallClock - Date.parse((JSON.parse(event.data) as { at: string }).at));
      roundTrips.push(event.receivedAt - started);
    }
    await stream.close();
    console.log(
      `A→B live event latency over ${SAMPLES} notes: median ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms from the write; ` +
        `median ${median(roundTrips).toFixed(0)} ms, max ${Math.max(...roundTrips).toFixed(0)} ms from the start of A's request`,
    );
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });

  it("answer again and keep events flowing after the database drops all their connections", async () => {
    const stream = await openEventStream(
      `${b.url}/api/v1/workspaces/${paths.workspace}/articles/${paths.article}/events`,
      cookie,
    );
    await stream.next((e) => e.event === "presence", 10_000);
    expect(await terminateAppConnections()).toBeGreaterThanOrEqual(2);
    await Promise.all([waitForHealth(a, 15_000), waitForHealth(b, 15_000)]);
    // Written as soon as A answers, possibly while B's listener is still down: it must arrive anyway.
    const during = (await api(a, "POST", `/api/v1/workspaces/${paths.workspace}/claims/${paths.claim}/notes`, {
      body: "Written during the outage",
    })) as { id: string };
    await stream.next((e) => e.event === "change" && e.data.includes(during.id), 15_000);
    await expect.poll(listenerCount, { timeout: 15_000 }).toBe(2);
    const started = performance.now();
    const after = (await api(a, "POST", `/api/v1/workspaces/${paths.workspace}/claims/${paths.claim}/notes`, {
      body: "Written after the outage",
    })) as { id: string };
    const event = await stream.next((e) => e.event === "change" && e.data.includes(after.id), 5_000);
    expect(event.receivedAt - started).toBeLessThan(1000);
    expect((await api(b, "GET", "/api/v1/workspaces")) as unknown[]).not.toHaveLength(0);
    await stream.close();
  });
});
