// One SQLite connection serves every request of the process, and Prisma's better-sqlite3 adapter
// only makes transactions wait for each other: a query outside a transaction ran on the shared
// connection whenever it came, so while one request's transaction was open another request's
// write joined it (and was lost, after a 201, if that transaction rolled back) and its reads saw
// uncommitted rows (transaction-isolation.int.test.ts). Here every use of the connection takes
// one first-come, first-served lock: a transaction holds it from BEGIN to COMMIT or ROLLBACK, a
// query outside a transaction for the time of the query (better-sqlite3 runs it synchronously).
// Code inside a transaction must use its transaction client: a query on the outer client waits
// for the transaction, which Prisma ends after its timeout.
// Reads need not wait: a SELECT outside a transaction may run on a read-only connection of its
// own (`readsOn`), which in WAL mode sees the last committed state and never a transaction's
// uncommitted rows, so a page read does not queue behind a write transaction held across awaits.
import type { SqlDriverAdapter, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

/** First come, first served; `acquire` resolves with the function that releases the lock. */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    return previous.then(() => release);
  }
}

async function withLock<T>(lock: ConnectionLock, work: () => Promise<T>): Promise<T> {
  const release = await lock.acquire();
  try {
    return await work();
  } finally {
    release();
  }
}

/** A statement that only reads: SQLite's SELECT cannot write (INSERT … RETURNING starts otherwise). */
export function isSelect(sql: string): boolean {
  return /^\s*select\b/i.test(sql);
}

/**
 * Makes the adapter's queries outside transactions and its transactions take turns on its
 * connection; SELECTs outside transactions go to `readsOn`'s connection, when given, at once.
 */
export function lockConnection(
  adapter: SqlDriverAdapter,
  lock = new ConnectionLock(),
  readsOn?: () => Promise<Pick<SqlQueryable, "queryRaw">>,
): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) =>
    readsOn && isSelect(query.sql)
      ? readsOn().then((reader) => reader.queryRaw(query))
      : withLock(lock, () => queryRaw(query));
  adapter.executeRaw = (query) => withLock(lock, () => executeRaw(query));
  adapter.executeScript = (script) => withLock(lock, () => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    // Prisma ends every transaction with commit() or rollback(), after its COMMIT or ROLLBACK.
    // Releasing twice is harmless: it resolves the same promise.
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return adapter;
}
