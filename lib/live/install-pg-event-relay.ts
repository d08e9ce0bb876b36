// Installs the PostgreSQL relay as this process's live publisher, once per process (kept on
// globalThis: Next.js may load this module in several bundles).
import { deliverLocally, setLivePublisher } from "./change-bus";
import { startPgEventRelay, type PgEventRelay } from "./pg-event-relay";

const globalForRelay = globalThis as unknown as { marginPgRelay?: PgEventRelay };

export function installPgEventRelay(connectionString: string): PgEventRelay {
  if (globalForRelay.marginPgRelay) return globalForRelay.marginPgRelay;
  const relay = startPgEventRelay({
    connectionString,
    deliver: deliverLocally,
    onResync: () => deliverLocally({ kind: "resync" }),
  });
  setLivePublisher((events) => relay.publish(events));
  globalForRelay.marginPgRelay = relay;
  return relay;
}

export function installedPgEventRelay(): PgEventRelay | undefined {
  return globalForRelay.marginPgRelay;
}
