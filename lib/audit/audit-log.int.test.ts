import { describe, expect, it } from "vitest";
import type { DbTx } from "../db/client";
import { writeWithAudit, type AuditTrail } from "../db/write-with-audit";
import { makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { recordAudit } from "./record-audit";

const db = () => testDb().db;

type AuditedWrite = <T>(work: (tx: DbTx, audit: AuditTrail) => Promise<T>) => Promise<T>;

const writePaths: [string, AuditedWrite][] = [["in a write's transaction", (work) => writeWithAudit(db(), work)]];

describe.each(writePaths)("audit log entries written %s", (_path, write) => {
  it("are stored as Prisma reads them back, ids in order, and returned as stored", async () => {
    const ws = await makeWorkspace(db());
    const started = Date.now();
    const [first, second] = await write(async (_tx, audit) => [
      await audit.record({
        workspaceId: ws.workspace.id,
        actorId: ws.reviewer.userId,
        action: "note.create",
        entityType: "note",
        entityId: "n1",
        articleId: "a1",
        claimId: "c1",
        after: { body: 'Ünïcode ✓ "quoted"', n: 1 },
      }),
      await audit.record({
        workspaceId: ws.workspace.id,
        actorId: null,
        action: "claim.status_change",
        entityType: "claim",
        entityId: "c1",
        before: { status: "unreviewed" },
        after: { status: "in_review" },
      }),
    ]);
    expect(second!.id).toBeGreaterThan(first!.id);
    const stored = await db().auditLog.findMany({
      where: { id: { in: [first!.id, second!.id] } },
      orderBy: { id: "asc" },
    });
    expect(stored.map(({ before: _b, after: _a, imported: _i, ...record }) => record)).toEqual([first, second]);
    expect(stored.map((entry) => entry.imported)).toEqual([false, false]);
    expect(stored.map((entry) => [entry.before, entry.after])).toEqual([
      [null, JSON.stringify({ body: 'Ünïcode ✓ "quoted"', n: 1 })],
      [JSON.stringify({ status: "unreviewed" }), JSON.stringify({ status: "in_review" })],
    ]);
    expect(first!.createdAt.getTime()).toBeGreaterThanOrEqual(started);
    expect(first).toMatchObject({ articleId: "a1", claimId: "c1", actorId: ws.reviewer.userId });
    expect(second).toMatchObject({ articleId: null, claimId: null, actorId: null });
  });

  it("commit or vanish with the write they record", async () => {
    const ws = await makeWorkspace(db());
    const entityId = `rolled-back-${Date.now()}`;
    await expect(
      write(async (tx, audit) => {
        await recordAudit(tx, {
          workspaceId: ws.workspace.id,
          actorId: null,
          action: "note.create",
          entityType: "note",
          entityId,
        });
        await audit.record({
          workspaceId: ws.workspace.id,
          actorId: null,
          action: "note.create",
          entityType: "note",
          entityId,
        });
        throw new Error("the write fails after its audit entries");
      }),
    ).rejects.toThrow(/fails after/);
    expect(await db().auditLog.count({ where: { entityId } })).toBe(0);
  });
});
