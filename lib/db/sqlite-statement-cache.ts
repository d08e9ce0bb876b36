// Reuses compiled SQLite statements. Prisma's better-sqlite3 adapter compiles every query anew
// (`prepare(sql).bind(args)`, and a bound better-sqlite3 statement cannot be bound again), and
// compiling was the largest single cost of a write under load: about a sixth of the data layer's
// CPU for a note. Here the connection's `prepare` hands out statements from a bounded cache, each
// wrapped so that `bind` keeps its arguments for the one call that follows instead of binding
// the shared statement for good. Only what the adapter uses is offered: if a Prisma upgrade
// starts using something else, every query fails at once and the test suite says so.
import type Database from "better-sqlite3";

export const STATEMENT_CACHE_SIZE = 256;

type Statement = Database.Statement<unknown[]>;

/** A statement as the adapter uses it: run directly, or bind and then read or run once. */
export interface CachedStatement {
  readonly reader: boolean;
  run(...params: unknown[]): Database.RunResult;
  bind(params: unknown[]): {
    readonly reader: boolean;
    columns(): Database.ColumnDefinition[];
    raw(): { all(): unknown[] };
    run(): Database.RunResult;
  };
}

export function cacheStatements(connection: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const statementFor = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below: the Map's order is the least recently used first
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  const cachedPrepare = (sql: string): CachedStatement => rebindable(statementFor(sql));
  connection.prepare = cachedPrepare as unknown as Database.Database["prepare"];
}

const columnsOf = new WeakMap<Statement, Database.ColumnDefinition[]>();

function rebindable(statement: Statement): CachedStatement {
  return {
    reader: statement.reader,
    run: (...params) => statement.run(...params),
    // An array argument binds its items as the statement's anonymous parameters, for this call only.
    bind: (params) => ({
      reader: statement.reader,
      // A compiled statement's columns do not change; the adapter asks for them on every read.
      columns: () => {
        let columns = columnsOf.get(statement);
        if (!columns) columnsOf.set(statement, (columns = statement.columns()));
        return columns;
      },
      raw: () => ({ all: () => statement.raw(true).all(params) }),
      run: () => statement.run(params),
    }),
  };
}
