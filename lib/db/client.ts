import "server-only";
// The one module that owns the database client. DATABASE_URL picks the provider at run time;
// both generated clients share one runtime API, so the rest of the app sees a single `Db` type
// (the SQLite client's; PostgreSQL's only adds options Margin does not use).
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { sql } from "kysely";
import { createAdapterFactory, SQLITE_OPTIMIZE } from "./adapter";
import { resolveDatabaseTarget, type DatabaseProvider, type DatabaseTarget } from "./database-url";
import { createSql, type Sql } from "./kysely";

export type Db = SqliteClient;
/** A client or an interactive transaction: what data-layer functions accept to compose writes. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export { Prisma } from "./generated/sqlite/client";

export interface DbHandle {
  db: Db;
  provider: DatabaseProvider;
  target: DatabaseTarget;
  close(): Promise<void>;
}

interface ClientInfo {
  provider: DatabaseProvider;
  sql: Sql;
}

// Kept on globalThis: Next.js may load this module more than once (one copy per server bundle),
// while the client itself is shared through globalThis (below). Transactions are registered too,
// so queries built with sqlOf(tx) run inside them.
const globalForClients = globalThis as unknown as { marginDbClients?: WeakMap<object, ClientInfo> };
const clients = (globalForClients.marginDbClients ??= new WeakMap<object, ClientInfo>());

function infoOf(client: DbTx): ClientInfo {
  const info = clients.get(client);
  if (!info)
    throw new Error("unknown database client: create clients with createDb(), transactions with transaction()");
  return info;
}

/** Which database a client talks to, for the few queries written per provider (full-text search). */
export function providerOf(client: DbTx): DatabaseProvider {
  return infoOf(client).provider;
}

/** The typed query builder (lib/db/kysely.ts) on a client or inside a transaction from transaction(). */
export function sqlOf(client: DbTx): Sql {
  return infoOf(client).sql;
}

/** An interactive transaction whose client also builds Kysely queries (sqlOf) that run inside it. */
export function transaction<T>(
  db: Db,
  work: (tx: DbTx) => Promise<T>,
  options: { maxWait?: number; timeout?: number } = {},
): Promise<T> {
  const { provider } = infoOf(db);
  return db.$transaction(async (tx) => {
    clients.set(tx, { provider, sql: createSql(provider, tx) });
    return work(tx);
  }, options);
}

/**
 * Brings the query planner's statistics up to date at once, after a bulk load (a benchmark's
 * seed). Otherwise SQLite's connection does it every few minutes (lib/db/adapter.ts) and
 * PostgreSQL's autovacuum when it gets to it.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  const statement = providerOf(db) === "postgresql" ? sql`ANALYZE` : sql.raw(SQLITE_OPTIMIZE);
  await statement.execute(sqlOf(db));
}

export function createDb(target: DatabaseTarget = resolveDatabaseTarget()): DbHandle {
  const adapter = createAdapterFactory(target, { sqliteReader: true });
  const db =
    target.provider === "postgresql"
      ? (new PostgresClient({ adapter: adapter.factory }) as unknown as Db)
      : new SqliteClient({ adapter: adapter.factory });
  clients.set(db, { provider: target.provider, sql: createSql(target.provider, db) });
  return {
    db,
    provider: target.provider,
    target,
    close: async () => {
      await db.$disconnect();
      await adapter.close();
    },
  };
}

// One client per process, kept on globalThis so hot reloads in development do not open more.
const globalForDb = globalThis as unknown as { marginDb?: DbHandle };

export function getDbHandle(): DbHandle {
  globalForDb.marginDb ??= createDb();
  return globalForDb.marginDb;
}

/** Replaces the process-wide client (tests point the data layer at their own database). */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.marginDb = handle;
}

export function getDb(): Db {
  return getDbHandle().db;
}
