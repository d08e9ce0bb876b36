import "server-only";
// What every server process does once before it answers requests (called from instrumentation.ts).
// On PostgreSQL, where several instances may share the database: adopt the shared session secret
// and relay live events through LISTEN/NOTIFY so a change on one instance reaches streams on all.
// On both: the daily notification digest's hourly check, when SMTP is configured.
import { adoptSharedAuthSecret } from "../auth/shared-auth-secret";
import { getDbHandle } from "../db/client";
import { resolveDatabaseTarget } from "../db/database-url";
import { installPgEventRelay } from "../live/install-pg-event-relay";
import { startDigestScheduler } from "../notifications/send-daily-digests";

export async function prepareInstance(): Promise<void> {
  startDigestScheduler(() => getDbHandle().db);
  if (resolveDatabaseTarget().provider !== "postgresql") return;
  const handle = getDbHandle();
  await adoptSharedAuthSecret(handle.db, handle.provider);
  const relay = installPgEventRelay(handle.target.url);
  // Serve even if the database is down right now: the relay keeps retrying on its own.
  await Promise.race([relay.ready, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
}
