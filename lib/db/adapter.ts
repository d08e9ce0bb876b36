import "server-only";
// The Prisma driver adapter factory for a database target; shared by the app's client and the
// migration runner so both open the database the same way (SQLite: a busy timeout; WAL is set on
// the file by the migration runner). Only the adapters' public interface is used.
// The app's SQLite client (`sqliteReader`) also opens a read-only connection to the same file for
// SELECTs outside transactions (sqlite-connection-lock.ts): WAL lets it read while the writing
// connection holds a transaction open across awaits.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";
import { ensurePrivateSqliteFiles } from "./private-files";
import { ConnectionLock, lockConnection } from "./sqlite-connection-lock";

export const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** How often a long-lived SQLite connection asks SQLite to bring its planner statistics up to date. */
export const SQLITE_OPTIMIZE_INTERVAL_MS = 10 * 60_000;
/** Every table checked (0x10000), analysed where its statistics are missing or stale (0x02). */
export const SQLITE_OPTIMIZE = "PRAGMA optimize=0x10002";

export interface AdapterFactoryHandle {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends the PostgreSQL pool (SQLite connections are closed by their adapter's dispose). */
  close(): Promise<void>;
}

/**
 * The better-sqlite3 adapter, its one writing connection taken in turns, reads outside
 * transactions on a read-only connection of their own when `reader` is given (sqlite-connection-lock.ts).
 */
class LockedSqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #lock = new ConnectionLock();

  constructor(
    private readonly adapter: PrismaBetterSqlite3,
    private readonly reader?: PrismaBetterSqlite3,
  ) {
    this.adapterName = adapter.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const connection = await this.adapter.connect();
    // SQLite's advice for long-lived connections: PRAGMA optimize when one opens, then now and
    // then. Without statistics the planner may take a workspace-wide index over the primary key:
    // ten claims looked up by id read all 100,000 claims of their workspace (47 ms instead of 1).
    await connection.executeScript(SQLITE_OPTIMIZE);
    // Opened at the first read, after the writing connection has created the file.
    let reading: Promise<SqlDriverAdapter> | undefined;
    const readsOn = this.reader ? () => (reading ??= this.reader!.connect()) : undefined;
    const locked = lockConnection(connection, this.#lock, readsOn);
    const optimizing = setInterval(
      () => void locked.executeScript(SQLITE_OPTIMIZE).catch(() => {}),
      SQLITE_OPTIMIZE_INTERVAL_MS,
    );
    optimizing.unref();
    const dispose = connection.dispose.bind(connection);
    connection.dispose = async () => {
      clearInterval(optimizing);
      await dispose();
      if (reading) await (await reading).dispose();
    };
    return locked;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.adapter.connectToShadowDb();
  }
}

export function createAdapterFactory(
  target: DatabaseTarget,
  options: { poolSize?: number; sqliteReader?: boolean } = {},
): AdapterFactoryHandle {
  if (target.provider === "postgresql") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    });
    // A dropped server connection must not crash the process; the pool reconnects on next use.
    pool.on("error", () => {});
    return { factory: new PrismaPg(pool), close: () => pool.end() };
  }
  if (target.url !== ":memory:") ensurePrivateSqliteFiles(target.url);
  const reader =
    options.sqliteReader && target.url !== ":memory:"
      ? new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS, readonly: true })
      : undefined;
  return {
    factory: new LockedSqliteAdapterFactory(
      new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
      reader,
    ),
    close: async () => {},
  };
}
