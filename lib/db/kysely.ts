import "server-only";
// Kysely: the one typed query builder, for every query Prisma's model API does not express. Its
// row types are generated from prisma/schema.prisma (prisma-kysely), so a renamed or removed
// column is a type error at each query that uses it. Queries run through Prisma's raw-query API on
// the client or interactive transaction they were built for: they share Prisma's connection (on
// SQLite, its lock: sqlite-connection-lock.ts), its transaction and its value conversion (dates
// come back as Date and are stored as Prisma stores them). The one value Prisma answers that the
// row types do not describe is a BigInt for an integer the query computes (COUNT, SQLite's
// EXISTS); this module hands those back as numbers, for every query, in one place.
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";
import type { DatabaseProvider } from "./database-url";
import type { DB } from "./generated/kysely-types";

export type { DB } from "./generated/kysely-types";
export type Sql = Kysely<DB>;

/** What a Prisma client and an interactive transaction share: raw queries. */
export interface RawQueryClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

// Statements that answer rows: reads, and writes with RETURNING. Others answer a count of rows.
const ROW_KINDS = new Set(["SelectQueryNode", "RawNode"]);

function answersRows(query: CompiledQuery): boolean {
  const node = query.query as { kind: string; returning?: unknown };
  return ROW_KINDS.has(node.kind) || node.returning !== undefined;
}

function withNumbers<R>(row: R): R {
  const record = row as Record<string, unknown>;
  for (const key in record) if (typeof record[key] === "bigint") record[key] = Number(record[key]);
  return row;
}

class PrismaConnection implements DatabaseConnection {
  constructor(private readonly client: RawQueryClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = query.parameters as unknown[];
    if (answersRows(query)) {
      const rows = await this.client.$queryRawUnsafe<R[]>(query.sql, ...parameters);
      return { rows: rows.map(withNumbers) };
    }
    const changed = await this.client.$executeRawUnsafe(query.sql, ...parameters);
    return { rows: [], numAffectedRows: BigInt(changed) };
  }

  // eslint-disable-next-line require-yield -- part of Kysely's interface; nothing here streams
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Margin's Kysely runs through Prisma, which does not stream: read in pages instead");
  }
}

class PrismaDriver implements Driver {
  readonly #connection: PrismaConnection;
  constructor(client: RawQueryClient) {
    this.#connection = new PrismaConnection(client);
  }
  async init() {}
  async acquireConnection() {
    return this.#connection;
  }
  async releaseConnection() {}
  async destroy() {}
  // Transactions are Prisma's (lib/db/transaction.ts), so a write can mix model and Kysely queries.
  async beginTransaction(): Promise<void> {
    throw new Error("Open transactions with Prisma (lib/db/transaction.ts), then build queries with sqlOf(tx)");
  }
  async commitTransaction() {}
  async rollbackTransaction() {}
}

function dialectFor(provider: DatabaseProvider, client: RawQueryClient): Dialect {
  const driver = () => new PrismaDriver(client);
  return provider === "postgresql"
    ? {
        createAdapter: () => new PostgresAdapter(),
        createDriver: driver,
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      }
    : {
        createAdapter: () => new SqliteAdapter(),
        createDriver: driver,
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      };
}

export function createSql(provider: DatabaseProvider, client: RawQueryClient): Sql {
  return new Kysely<DB>({ dialect: dialectFor(provider, client) });
}
