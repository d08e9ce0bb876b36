// The Prisma driver adapter factory for a database target; shared by the app's client and the
// migration runner so both open the database the same way (SQLite: a busy timeout; WAL is set on
// the file by the migration runner).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DatabaseTarget } from "./database-url";
import { pgStatementName } from "./pg-statement-name";
import { ConnectionLock, lockConnection } from "./sqlite-connection-lock";
import { cacheStatements } from "./sqlite-statement-cache";
import type { SharedSqliteConnection } from "./sql-writer";

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface AdapterFactoryHandle {
  factory: PrismaBetterSqlite3 | PrismaPg;
  /** The PostgreSQL pool behind the adapter, shared with the driver-level reader and writer. */
  pool?: pg.Pool;
  /** SQLite: the adapter's connection and lock, shared with the driver-level writer (sql-writer.ts). */
  sqlite?: SharedSqliteConnection;
  /** Ends the PostgreSQL pool (SQLite connections are closed by their adapter's dispose). */
  close(): Promise<void>;
}

/**
 * The better-sqlite3 adapter with compiled statements reused (sqlite-statement-cache.ts) and its
 * one connection taken in turns by transactions and other queries (sqlite-connection-lock.ts).
 */
class PrismaBetterSqlite3SharedConnection extends PrismaBetterSqlite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSqlite3>[0],
    private readonly shared: SharedSqliteConnection,
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 connection in `client` (not in its types).
    const connection = (adapter as unknown as { client?: Database.Database }).client;
    if (!(connection instanceof Database))
      throw new Error(
        "@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`: update lib/db/sqlite-statement-cache.ts",
      );
    const prepare = connection.prepare.bind(connection) as (sql: string) => Database.Statement<unknown[]>;
    cacheStatements(connection);
    this.shared.opened = { connection, prepare };
    return lockConnection(adapter, this.shared.lock);
  }
}

export function createAdapterFactory(
  target: DatabaseTarget,
  options: { poolSize?: number } = {},
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
    return {
      factory: new PrismaPg(pool, { statementNameGenerator: (query) => pgStatementName(query.sql) }),
      pool,
      close: () => pool.end(),
    };
  }
  if (target.url !== ":memory:") mkdirSync(dirname(target.url), { recursive: true });
  const sqlite: SharedSqliteConnection = { lock: new ConnectionLock() };
  return {
    factory: new PrismaBetterSqlite3SharedConnection({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }, sqlite),
    sqlite,
    close: async () => {},
  };
}
