import "server-only";
// Fan-out of live events to the streams of this process. Across processes (several app
// instances on PostgreSQL) events travel through LISTEN/NOTIFY: see pg-event-relay.ts, which
// replaces the publisher at start-up.
import { EventEmitter } from "node:events";
import type { ChangeEvent, LiveEvent } from "./change-event";

type Listener = (event: LiveEvent) => void;

const globalForBus = globalThis as unknown as { marginLiveBus?: { emitter: EventEmitter; publisher: Publisher } };
type Publisher = (events: LiveEvent[]) => Promise<void>;

function bus() {
  if (!globalForBus.marginLiveBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    globalForBus.marginLiveBus = { emitter, publisher: async (events) => events.forEach(deliverLocally) };
  }
  return globalForBus.marginLiveBus;
}

export function subscribeToChanges(listener: Listener): () => void {
  bus().emitter.on("event", listener);
  return () => bus().emitter.off("event", listener);
}

/** Delivers an event to this process's subscribers. */
export function deliverLocally(event: LiveEvent): void {
  bus().emitter.emit("event", event);
}

/** Replaces how events are published (PostgreSQL installs its NOTIFY relay). */
export function setLivePublisher(next: Publisher): void {
  bus().publisher = next;
}

async function publish(events: LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  try {
    await bus().publisher(events);
  } catch (error) {
    // The change is committed and in the audit log; streams catch up from there on reconnect.
    console.error("[live] publishing failed", error);
  }
}

export function publishChanges(events: ChangeEvent[]): Promise<void> {
  return publish(events);
}

export function publishPresence(articleId: string): Promise<void> {
  return publish([{ kind: "presence", articleId }]);
}
