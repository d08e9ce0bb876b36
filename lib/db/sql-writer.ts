// Write transactions at the driver level, for the two writes a newsroom makes most (a note, a
// verdict). Prisma's interactive transaction and raw queries cost several times the SQL itself in
// CPU per statement, and every request of the load test paid it (README, Load).
// SQLite: Prisma's own connection (a second one would wait on the file lock, synchronously), taken
// under the same lock as Prisma's queries and transactions (sqlite-connection-lock.ts), so the
// transaction runs alone on it. PostgreSQL: a client of the app's pool, BEGIN ... COMMIT.
// Values are stored as Prisma stores them: dates as ISO text on SQLite (`+00:00`) and as UTC
// `timestamp` on PostgreSQL, booleans as 0/1 on SQLite.
import type Database from "better-sqlite3";
import type pg from "pg";
import type { ConnectionLock } from "./sqlite-connection-lock";
import { queryPostgres } from "./sql-reader";
import type { SqlTx, SqlValue } from "./sql-transaction";

export interface SqlWriter {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: SqlTx) => Promise<T>): Promise<T>;
}

/** Prisma's SQLite connection as the adapter opened it, shared with this writer. */
export interface SharedSqliteConnection {
  lock: ConnectionLock;
  /** Set when Prisma connects; `prepare` is the connection's own (not the statement cache's). */
  opened?: { connection: Database.Database; prepare: (sql: string) => Database.Statement<unknown[]> };
}

const STATEMENTS_KEPT = 256;

export function sqliteWriter(shared: SharedSqliteConnection, connect: () => Promise<void>): SqlWriter {
  const statements = new Map<string, Database.Statement<unknown[]>>();
  let statementsOf: Database.Database | undefined;
  const statementFor = (sql: string): Database.Statement<unknown[]> => {
    const { connection, prepare } = shared.opened!;
    if (statementsOf !== connection) {
      statements.clear();
      statementsOf = connection;
    }
    let statement = statements.get(sql);
    if (!statement) {
      // The adapter turns safe integers on for the whole connection; Margin's integers are small.
      statement = prepare(sql).safeIntegers(false);
      if (statements.size >= STATEMENTS_KEPT) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  const tx: SqlTx = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      statementFor(sql).all(...params.map(sqliteValue)) as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      statementFor(sql).run(...params.map(sqliteValue)).changes,
  };
  return {
    async transaction(work) {
      // Prisma opens its connection on first use, and again after a disconnect.
      if (!shared.opened?.connection.open) await connect();
      const release = await shared.lock.acquire();
      try {
        const { connection } = shared.opened!;
        // IMMEDIATE: the write lock is taken at once, so no other process can make this
        // transaction fail halfway when its first write would upgrade a read lock.
        connection.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(tx);
          connection.exec("COMMIT");
          return result;
        } catch (error) {
          if (connection.inTransaction) connection.exec("ROLLBACK");
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}

function sqliteValue(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export function postgresWriter(pool: pg.Pool): SqlWriter {
  return {
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      const query = (sql: string, params: readonly SqlValue[]) => queryPostgres(client, sql, params.map(postgresValue));
      const tx: SqlTx = {
        all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows as T[],
        run: async (sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rowCount ?? 0,
      };
      try {
        await client.query("BEGIN");
        try {
          const result = await work(tx);
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
          throw error;
        }
      } finally {
        // A connection that could not even roll back is dropped, not handed to the next request.
        client.release(broken);
      }
    },
  };
}

function postgresValue(value: SqlValue): string | number | boolean | null {
  // ISO text with `Z`: a `timestamp` column ignores the zone and keeps the UTC time as written
  // (node-postgres would format a Date in the process's local time).
  if (value instanceof Date) return value.toISOString();
  return value;
}
