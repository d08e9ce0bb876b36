import "server-only";
// Live events across app instances on one PostgreSQL database: every process keeps one dedicated
// connection that LISTENs on a channel, and publishes with pg_notify. A process delivers its own
// events locally at once and ignores their echo (each relay tags what it sends with a random
// origin id), so every subscriber sees every event exactly once.
// When the listening connection drops (PostgreSQL restarted, backend terminated) the relay
// reconnects with backoff, then announces a "resync" so open streams re-read what they missed from
// the audit log: notifications sent while nobody listened are gone for good.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { LiveEvent } from "./change-event";
import { splitIntoPayloads } from "./notify-payload";

export const LIVE_CHANNEL = "margin_live";
const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

export interface PgEventRelayOptions {
  connectionString: string;
  /** Hands an event to this process's subscribers. */
  deliver: (event: LiveEvent) => void;
  /** Called after a reconnect: events may have been missed while the listener was down. */
  onResync?: () => void;
  channel?: string;
  log?: (message: string) => void;
}

export interface PgEventRelay {
  readonly origin: string;
  /** Resolves once the listener is connected (the first time). */
  readonly ready: Promise<void>;
  isListening(): boolean;
  publish(events: LiveEvent[]): Promise<void>;
  close(): Promise<void>;
}

interface Envelope {
  o: string;
  e: LiveEvent[];
}

export function startPgEventRelay(options: PgEventRelayOptions): PgEventRelay {
  const channel = options.channel ?? LIVE_CHANNEL;
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  const log = options.log ?? ((message) => console.warn(`[live] ${message}`));
  const origin = randomUUID();
  // Publishing goes through its own small pool, so it works while the listener reconnects.
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 2,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", () => {});
  let listener: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let attempt = 0;
  let everConnected = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== channel || !message.payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message.payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.o === origin || !Array.isArray(envelope.e)) return;
    for (const event of envelope.e) options.deliver(event);
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5);
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  const dropListener = (client: pg.Client) => {
    if (listener !== client) return;
    listener = null;
    listening = false;
    client.removeAllListeners("notification");
    void client.end().catch(() => {});
    scheduleReconnect();
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const client = new pg.Client({
      connectionString: options.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    listener = client;
    client.on("error", (error) => {
      log(`listener connection lost (${error.message}); reconnecting`);
      dropListener(client);
    });
    client.on("end", () => dropListener(client));
    client.on("notification", onNotification);
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      if (listener === client) log(`cannot listen yet (${(error as Error).message}); retrying`);
      dropListener(client);
      return;
    }
    if (closed || listener !== client) return;
    listening = true;
    attempt = 0;
    if (everConnected) options.onResync?.();
    everConnected = true;
    markReady();
  }

  void connect();

  // Sending: one pg_notify at a time, and the events published while one is on its way go out
  // together in the next (split under the payload limit). Under load, one round trip per write
  // was a sizeable part of a write's CPU; now concurrent writes share them. Each publish still
  // resolves (or fails) with the notification that carried its events, and order is kept.
  let waiting: { events: LiveEvent[]; settle: (error?: unknown) => void }[] = [];
  let sending: Promise<void> = Promise.resolve();
  const sendWaiting = async () => {
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      for (const payload of splitIntoPayloads(
        origin,
        batch.flatMap((entry) => entry.events),
      )) {
        await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
      }
      for (const entry of batch) entry.settle();
    } catch (error) {
      for (const entry of batch) entry.settle(error ?? new Error("pg_notify failed"));
    }
  };

  return {
    origin,
    ready,
    isListening: () => listening,
    publish(events) {
      if (events.length === 0) return Promise.resolve();
      // Local subscribers first: they must not wait for, or depend on, the database round trip.
      for (const event of events) options.deliver(event);
      const sent = new Promise<void>((resolve, reject) => {
        waiting.push({ events, settle: (error) => (error === undefined ? resolve() : reject(error as Error)) });
      });
      if (waiting.length === 1) sending = sending.then(sendWaiting);
      return sent;
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const client = listener;
      listener = null;
      listening = false;
      await Promise.allSettled([client?.end(), pool.end()]);
    },
  };
}
