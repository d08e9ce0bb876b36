// Instances started together on one PostgreSQL database would migrate and seed it at the same
// time (two demo workspaces, or a migration applied twice). Start-up work runs under a session
// advisory lock, so the instances take turns; the later ones find the work already done.
// SQLite has one process per data directory: no lock needed.
import pg from "pg";
import type { DatabaseTarget } from "./database-url";

// Any constant shared by all instances; distinct from the one Prisma's migration engine takes.
export const STARTUP_LOCK_KEY = 704_210_417;

export async function withStartupLock<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.provider !== "postgresql") return work();
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock as well, even if the unlock query failed.
    await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}
