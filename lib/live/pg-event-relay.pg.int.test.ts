// The relay against the real PostgreSQL of the integration run: two relays on separate
// connections stand for two app instances. Only meaningful on PostgreSQL (SQLite has no NOTIFY).
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { uniqueSuffix } from "../testing/factories";
import type { ChangeEvent, LiveEvent } from "./change-event";
import { startPgEventRelay, type PgEventRelay } from "./pg-event-relay";

const url = inject("databaseUrl");
const relays: PgEventRelay[] = [];

function change(id: number): ChangeEvent {
  return {
    kind: "change",
    id,
    workspaceId: "w",
    articleId: "a",
    claimId: null,
    action: "note.created",
    entityType: "note",
    entityId: `n${id}`,
    actorId: null,
    at: new Date(0).toISOString(),
  };
}

function instance(channel: string) {
  const received: LiveEvent[] = [];
  let resyncs = 0;
  const relay = startPgEventRelay({
    connectionString: url,
    channel,
    deliver: (e) => received.push(e),
    onResync: () => (resyncs += 1),
    log: () => {},
  });
  relays.push(relay);
  return { relay, received, resyncs: () => resyncs };
}

async function listenerPids(channel: string): Promise<number[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // pg_listening_channels() is per backend, so find the listeners by their last query.
    const { rows } = await admin.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = $1",
      [`LISTEN ${channel}`],
    );
    return rows.map((r) => r.pid);
  } finally {
    await admin.end();
  }
}

async function terminate(pids: number[]): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [pids]);
  } finally {
    await admin.end();
  }
}

afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.close()));
});

describe("PostgreSQL event relay", () => {
  it("delivers each event once on every instance, the publisher's own included", async () => {
    const channel = `live_${uniqueSuffix()}`;
    const a = instance(channel);
    const b = instance(channel);
    await Promise.all([a.relay.ready, b.relay.ready]);
    await a.relay.publish([change(1), change(2)]);
    await b.relay.publish([change(3)]);
    await expect.poll(() => b.received.length).toBe(3);
    await expect.poll(() => a.received.length).toBe(3);
    // Give a duplicate (an echo of its own notification) time to arrive before checking.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a.received.map((e) => (e as ChangeEvent).id).sort()).toEqual([1, 2, 3]);
    expect(b.received.map((e) => (e as ChangeEvent).id).sort()).toEqual([1, 2, 3]);
  });

  it("carries a batch larger than one notification", async () => {
    const channel = `live_${uniqueSuffix()}`;
    const a = instance(channel);
    const b = instance(channel);
    await Promise.all([a.relay.ready, b.relay.ready]);
    const batch = Array.from({ length: 300 }, (_, i) => change(i + 1));
    await a.relay.publish(batch);
    await expect.poll(() => b.received.length).toBe(300);
    expect(b.received).toEqual(batch);
  });

  it("sends the events of writes published together in a few notifications, each once and in order", async () => {
    const channel = `live_${uniqueSuffix()}`;
    const a = instance(channel);
    const b = instance(channel);
    const counter = new pg.Client({ connectionString: url });
    await counter.connect();
    let notifications = 0;
    counter.on("notification", () => (notifications += 1));
    await counter.query(`LISTEN ${channel}`);
    try {
      await Promise.all([a.relay.ready, b.relay.ready]);
      const events = Array.from({ length: 40 }, (_, i) => change(i + 1));
      await Promise.all(events.map((event) => a.relay.publish([event])));
      await expect.poll(() => b.received.length).toBe(40);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(b.received).toEqual(events);
      expect(a.received).toEqual(events);
      expect(notifications).toBeLessThanOrEqual(2);
    } finally {
      await counter.end();
    }
  });

  it("does not hear another channel (another deployment on the same database)", async () => {
    const a = instance(`live_${uniqueSuffix()}`);
    const b = instance(`live_${uniqueSuffix()}`);
    await Promise.all([a.relay.ready, b.relay.ready]);
    await a.relay.publish([change(1)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.received).toEqual([]);
  });

  it("reconnects after its listening backend is terminated, asks for a resync, and hears again", async () => {
    const channel = `live_${uniqueSuffix()}`;
    const a = instance(channel);
    const b = instance(channel);
    await Promise.all([a.relay.ready, b.relay.ready]);
    const pids = await listenerPids(channel);
    expect(pids).toHaveLength(2);
    await terminate(pids);
    await expect.poll(() => b.relay.isListening(), { timeout: 10_000 }).toBe(false);
    await expect
      .poll(() => a.resyncs() > 0 && b.resyncs() > 0 && a.relay.isListening() && b.relay.isListening(), {
        timeout: 15_000,
      })
      .toBe(true);
    await a.relay.publish([change(7)]);
    await expect.poll(() => b.received.map((e) => (e as ChangeEvent).id)).toEqual([7]);
    expect((await listenerPids(channel)).some((pid) => pids.includes(pid))).toBe(false);
  });
});
