// Read-only SQL at the driver level, for bulk reads that stream many rows (exports) and for the
// one read every API request makes (its token). Prisma's query pipeline costs about ten times the
// SQL on bulk reads and leaves most of its garbage in V8's old generation, which a long export
// grows by hundreds of megabytes (README, Benchmarks).
// SQLite: a read-only connection of its own to the same file (WAL: it never blocks writers, and
// it cannot write). PostgreSQL: the app's pool. SQL uses `?` placeholders and quoted identifiers,
// so one text serves both databases; values come back as the driver gives them (raw-values.ts).
import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "./adapter";
import { pgStatementName } from "./pg-statement-name";

export type SqlParam = string | number | null;

export interface SqlReader {
  /** Every row of a query, as objects keyed by column name. */
  all<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  close(): Promise<void>;
}

/** SQLite connection opened on first use and kept, with its prepared statements. */
export function sqliteReader(file: string): SqlReader {
  let connection: Database.Database | undefined;
  const statements = new Map<string, Database.Statement>();
  return {
    all: async <T>(sql: string, params: readonly SqlParam[] = []) => {
      connection ??= new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
      let statement = statements.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(...params) as T[];
    },
    close: async () => {
      statements.clear();
      connection?.close();
      connection = undefined;
    },
  };
}

/** Through Prisma's raw queries: slower, for the one database no second connection can see (SQLite in memory). */
export function prismaReader(db: { $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> }): SqlReader {
  return {
    all: <T>(sql: string, params: readonly SqlParam[] = []) => db.$queryRawUnsafe<T[]>(sql, ...params),
    close: async () => {},
  };
}

const PG_TIMESTAMP = 1114;
const keepText = (value: string) => value;

/** How node-postgres reads values here: `timestamp` columns as their text (they hold UTC; it would read them in the server's time zone). */
const pgValueTypes = {
  getTypeParser: ((oid: number, format: "text" | "binary") =>
    oid === PG_TIMESTAMP ? keepText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Numbers `?` placeholders as PostgreSQL wants them ($1, $2, ...); no query here holds a literal `?`. */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** One statement through node-postgres as Margin sends them (reader and writer): `?` placeholders, named by its text, timestamps as text. */
export function queryPostgres(
  client: pg.Pool | pg.PoolClient,
  sql: string,
  values: readonly (SqlParam | boolean)[],
): Promise<pg.QueryResult> {
  const text = toPgPlaceholders(sql);
  return client.query({ name: pgStatementName(text), text, values: [...values], types: pgValueTypes });
}

export function postgresReader(pool: pg.Pool): SqlReader {
  return {
    all: async <T>(sql: string, params: readonly SqlParam[] = []) =>
      (await queryPostgres(pool, sql, params)).rows as T[],
    // The pool belongs to the Prisma adapter, which ends it.
    close: async () => {},
  };
}
