import { describe, expect, it } from "vitest";
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { ConnectionLock, isSelect, lockConnection } from "./sqlite-connection-lock";

const query = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/** A stand-in adapter that logs what reaches its connection. */
function fakeAdapter(log: string[], options: { failBegin?: boolean } = {}) {
  const newTransaction = () => ({
    queryRaw: async (q: SqlQuery) => (log.push(`tx ${q.sql}`), { columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async (q: SqlQuery) => (log.push(`tx ${q.sql}`), 0),
    commit: async () => void log.push("commit"),
    rollback: async () => void log.push("rollback"),
  });
  return {
    queryRaw: async (q: SqlQuery) => (log.push(q.sql), { columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async (q: SqlQuery) => (log.push(q.sql), 0),
    executeScript: async (script: string) => void log.push(script),
    startTransaction: async () => {
      if (options.failBegin) throw new Error("database is locked");
      log.push("begin");
      return newTransaction() as unknown as Transaction;
    },
  } as unknown as SqlDriverAdapter;
}

describe("ConnectionLock", () => {
  it("hands the lock out first come, first served, one holder at a time", async () => {
    const lock = new ConnectionLock();
    const order: string[] = [];
    const first = await lock.acquire();
    const second = lock.acquire().then((release) => (order.push("second"), release));
    const third = lock.acquire().then((release) => (order.push("third"), release));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(["second", "third"]);
  });
});

describe("lockConnection", () => {
  it("makes queries outside a transaction wait until it commits or rolls back", async () => {
    const log: string[] = [];
    const adapter = lockConnection(fakeAdapter(log));
    const tx = await adapter.startTransaction();
    const outside = adapter.queryRaw(query("SELECT outside"));
    await tx.executeRaw(query("INSERT inside"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(["begin", "tx INSERT inside"]);
    await tx.commit();
    await outside;
    expect(log).toEqual(["begin", "tx INSERT inside", "commit", "SELECT outside"]);

    const second = await adapter.startTransaction();
    await second.rollback();
    const third = await adapter.startTransaction();
    await second.rollback(); // a late second end must not release the lock the third now holds
    const waiting = adapter.executeScript("PRAGMA optimize");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).not.toContain("PRAGMA optimize");
    await third.commit();
    await waiting;
    expect(log.at(-1)).toBe("PRAGMA optimize");
  });

  it("releases the lock when a transaction cannot begin", async () => {
    const log: string[] = [];
    const adapter = lockConnection(fakeAdapter(log, { failBegin: true }));
    await expect(adapter.startTransaction()).rejects.toThrow("database is locked");
    await adapter.executeRaw(query("UPDATE after"));
    expect(log).toEqual(["UPDATE after"]);
  });

  it("sends SELECTs outside a transaction to the reading connection at once, everything else in turn", async () => {
    const log: string[] = [];
    const reads: string[] = [];
    const reader = {
      queryRaw: async (q: SqlQuery) => (reads.push(q.sql), { columnNames: [], columnTypes: [], rows: [] }),
    };
    const adapter = lockConnection(fakeAdapter(log), new ConnectionLock(), async () => reader);
    const tx = await adapter.startTransaction();
    await adapter.queryRaw(query("SELECT while the transaction is open"));
    expect(reads).toEqual(["SELECT while the transaction is open"]);
    const insert = adapter.queryRaw(query("INSERT INTO t VALUES (1) RETURNING id"));
    await tx.queryRaw(query("SELECT inside"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(["begin", "tx SELECT inside"]);
    await tx.commit();
    await insert;
    expect(log).toEqual(["begin", "tx SELECT inside", "commit", "INSERT INTO t VALUES (1) RETURNING id"]);
    expect(reads).toEqual(["SELECT while the transaction is open"]);
  });
});

describe("isSelect", () => {
  it("tells statements that only read from those that may write", () => {
    expect(isSelect("SELECT `main`.`User`.`id` FROM `main`.`User`")).toBe(true);
    expect(isSelect("\n  select count(*) from Note")).toBe(true);
    expect(isSelect("INSERT INTO Note (id) VALUES (?) RETURNING id")).toBe(false);
    expect(isSelect("WITH x AS (SELECT 1) DELETE FROM Note")).toBe(false);
    expect(isSelect("SELECTED")).toBe(false);
  });
});
