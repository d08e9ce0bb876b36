// SQL inside a write, written once for both databases and for both ways a write runs: inside a
// Prisma interactive transaction (most writes), or in a driver-level transaction (sql-writer.ts:
// the two hottest writes, a note and a verdict, whose every statement is SQL). SQL uses `?`
// placeholders and quoted identifiers; values read come back as the path gives them, so
// columns are read through raw-values.ts.
import type { DbTx } from "./client";
import { Prisma } from "./client";

/** A bound value. Dates and booleans are stored as Prisma stores them on each database. */
export type SqlValue = string | number | boolean | Date | null;

export interface SqlTx {
  /** Every row of a query, as objects keyed by column name. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; answers how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

function isSqlTx(tx: DbTx | SqlTx): tx is SqlTx {
  return typeof (tx as SqlTx).all === "function" && typeof (tx as SqlTx).run === "function";
}

/** The same statements through a Prisma client or interactive transaction. */
export function sqlOf(tx: DbTx | SqlTx): SqlTx {
  if (isSqlTx(tx)) return tx;
  // Prisma.sql numbers the placeholders as the client's database wants them and converts the
  // values (Date, boolean) exactly as its model queries store them.
  const statement = (sql: string, params: readonly SqlValue[]) => Prisma.sql(sql.split("?"), ...params);
  return {
    all: <T>(sql: string, params: readonly SqlValue[] = []) => tx.$queryRaw<T[]>(statement(sql, params)),
    run: (sql: string, params: readonly SqlValue[] = []) => tx.$executeRaw(statement(sql, params)),
  };
}
