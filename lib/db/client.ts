// The one module that owns the database client. DATABASE_URL picks the provider at run time;
// both generated clients share one runtime API, so the rest of the app sees a single `Db` type
// (the SQLite client's; PostgreSQL's only adds options Margin does not use).
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseTarget, type DatabaseProvider, type DatabaseTarget } from "./database-url";
import { postgresReader, prismaReader, sqliteReader, type SqlReader } from "./sql-reader";
import { postgresWriter, sqliteWriter, type SqlWriter } from "./sql-writer";

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

// Kept on globalThis: Next.js may load this module more than once (one copy per server bundle),
// while the client itself is shared through globalThis (below).
const globalForProviders = globalThis as unknown as { marginDbProviders?: WeakMap<object, DatabaseProvider> };
const providers = (globalForProviders.marginDbProviders ??= new WeakMap<object, DatabaseProvider>());
const globalForReaders = globalThis as unknown as { marginSqlReaders?: WeakMap<object, SqlReader> };
const readers = (globalForReaders.marginSqlReaders ??= new WeakMap<object, SqlReader>());
const globalForWriters = globalThis as unknown as { marginSqlWriters?: WeakMap<object, SqlWriter> };
const writers = (globalForWriters.marginSqlWriters ??= new WeakMap<object, SqlWriter>());

/** Which database a client talks to, for the few queries written per provider (full-text search). */
export function providerOf(db: DbTx): DatabaseProvider {
  const provider = providers.get(db);
  if (!provider) throw new Error("unknown database client: create clients with createDb()");
  return provider;
}

/** The driver-level, read-only reader of the database a client talks to (exports, the API token check). */
export function sqlReaderOf(db: DbTx): SqlReader {
  const reader = readers.get(db);
  if (!reader) throw new Error("unknown database client: create clients with createDb()");
  return reader;
}

/** The driver-level write transactions of the database a client talks to (the note and verdict writes). */
export function sqlWriterOf(db: DbTx): SqlWriter {
  const writer = writers.get(db);
  if (!writer) throw new Error("unknown database client: create clients with createDb()");
  return writer;
}

export function createDb(target: DatabaseTarget = resolveDatabaseTarget()): DbHandle {
  const adapter = createAdapterFactory(target);
  const db =
    target.provider === "postgresql"
      ? (new PostgresClient({ adapter: adapter.factory }) as unknown as Db)
      : new SqliteClient({ adapter: adapter.factory });
  providers.set(db, target.provider);
  // An in-memory SQLite database exists only inside Prisma's own connection: read through Prisma.
  const reader = adapter.pool
    ? postgresReader(adapter.pool)
    : target.url === ":memory:"
      ? prismaReader(db)
      : sqliteReader(target.url);
  readers.set(db, reader);
  writers.set(db, adapter.pool ? postgresWriter(adapter.pool) : sqliteWriter(adapter.sqlite!, () => db.$connect()));
  return {
    db,
    provider: target.provider,
    target,
    close: async () => {
      await reader.close();
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
