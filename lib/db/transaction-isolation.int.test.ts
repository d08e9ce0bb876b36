// A transaction is one request's change; nothing another request does while it is open may join
// it or see into it. On PostgreSQL each transaction has its own connection. On SQLite every query
// shares one connection, so this holds only if queries outside a transaction wait for it to end.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeUser } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { sqlOf, transaction } from "./client";

const db = () => testDb().db;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

type OpenTransaction = (insertUser: { email: string }, work: () => Promise<void>) => Promise<void>;

// A transaction's model queries and its typed queries (sqlOf(tx)) alike.
const transactionKinds: [string, OpenTransaction][] = [
  [
    "a transaction writing through Prisma's model API",
    (user, work) =>
      transaction(db(), async (tx) => {
        await tx.user.create({ data: { name: "Rolled back", email: user.email } });
        await work();
      }),
  ],
  [
    "a transaction writing through the typed query builder",
    (user, work) =>
      transaction(db(), async (tx) => {
        const now = new Date();
        await sqlOf(tx)
          .insertInto("User")
          .values({ id: randomUUID(), email: user.email, name: "Rolled back", updatedAt: now })
          .execute();
        await work();
      }),
  ],
];

/**
 * Opens a transaction that inserts a user and waits; `during` runs while it is open (as another
 * request would), the transaction then rolls back, and `during`'s result is returned.
 */
async function whileTransactionIsOpen<T>(
  open: OpenTransaction,
  during: () => Promise<T>,
  email = `rolled.back.${Date.now()}@example.test`,
): Promise<T> {
  const inside = gate();
  const finish = gate();
  const rolledBack = open({ email }, async () => {
    inside.open();
    await finish.opened;
    throw new Error("the change is refused");
  }).catch((error: unknown) => error);
  await inside.opened;
  const result = during();
  // Let the other request's query reach the database before the transaction ends.
  await new Promise((resolve) => setTimeout(resolve, 50));
  finish.open();
  expect(await rolledBack).toBeInstanceOf(Error);
  return result;
}

describe.each(transactionKinds)("%s and the queries of other requests", (_kind, open) => {
  it("a write made outside a transaction survives that transaction's rollback", async () => {
    const { userId } = await whileTransactionIsOpen(open, () => makeUser(db(), "Other Request"));
    expect(await db().user.findUnique({ where: { id: userId }, select: { name: true } })).toEqual({
      name: "Other Request",
    });
  });

  it("a read outside a transaction does not see its uncommitted rows", async () => {
    const email = `uncommitted.${Date.now()}@example.test`;
    // Prisma's queries are lazy: `then` sends it now, while the transaction is open.
    const count = await whileTransactionIsOpen(
      open,
      () =>
        db()
          .user.count({ where: { email } })
          .then((n) => n),
      email,
    );
    expect(count).toBe(0);
  });
});

describe("reads while a transaction is open", () => {
  it.each(transactionKinds)("a read outside %s answers before it ends", async (_kind, open) => {
    const email = `waiting.${Date.now()}@example.test`;
    const inside = gate();
    const finish = gate();
    const rolledBack = open({ email }, async () => {
      inside.open();
      await finish.opened;
      throw new Error("the change is refused");
    }).catch((error: unknown) => error);
    await inside.opened;
    // A page read does not queue behind another request's write held open across awaits.
    const answered = await Promise.race([
      db()
        .user.count({ where: { email } })
        .then((count) => ({ count })),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 2000)),
    ]);
    finish.open();
    expect(await rolledBack).toBeInstanceOf(Error);
    expect(answered).toEqual({ count: 0 });
  });
});

describe("typed queries inside a transaction", () => {
  it("commit and roll back with the transaction's model queries", async () => {
    const email = `typed.${Date.now()}@example.test`;
    await expect(
      transaction(db(), async (tx) => {
        await sqlOf(tx)
          .insertInto("User")
          .values({ id: randomUUID(), email, name: "Typed", updatedAt: new Date() })
          .execute();
        expect(await tx.user.count({ where: { email } })).toBe(1);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});
