// One SQLite connection serves every request of the process, and Prisma's better-sqlite3 adapter
// only makes transactions wait for each other: a query outside a transaction ran on the shared
// connection whenever it came, so while one request's transaction was open another request's
// write joined it (and was lost, after a 201, if that transaction rolled back) and its reads saw
// uncommitted rows (transaction-isolation.int.test.ts). Here every use of the connection takes
// one first-come, first-served lock: a transaction holds it from BEGIN to COMMIT or ROLLBACK, a
// query outside a transaction for the time of the query (better-sqlite3 runs it synchronously).
// Code inside a transaction must use its transaction client: a query on the outer client waits
// for the transaction, which Prisma ends after its timeout.
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

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

/** Makes the adapter's queries outside transactions and its transactions take turns on its connection. */
export function lockConnection(adapter: SqlDriverAdapter, lock = new ConnectionLock()): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => withLock(lock, () => queryRaw(query));
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
