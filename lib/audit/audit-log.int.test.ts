import { describe, expect, it } from "vitest";
import { writeWithAudit } from "../db/write-with-audit";
import { makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { recordAudit } from "./record-audit";

const db = () => testDb().db;

describe("audit log entries", () => {
  it("are stored as Prisma reads them back, ids in order, and returned as stored", async () => {
    const ws = await makeWorkspace(db());
    const started = Date.now();
    const [first, second] = await writeWithAudit(db(), async (_tx, audit) => [
      await audit.record({ workspaceId: ws.workspace.id, actorId: ws.reviewer.userId, action: "note.create", entityType: "note", entityId: "n1", articleId: "a1", claimId: "c1", after: { body: "Ünïcode ✓ \"quoted\"", n: 1 } }),
      await audit.record({ workspaceId: ws.workspace.id, actorId: null, action: "claim.status_change", entityType: "claim", entityId: "c1", before: { status: "unreviewed" }, after: { status: "in_review" } }),
    ]);
    expect(second!.id).toBeGreaterThan(first!.id);
    const stored = await db().auditLog.findMany({ where: { id: { in: [first!.id, second!.id] } }, orderBy: { id: "asc" } });
    expect(stored.map(({ before: _b, after: _a, ...record }) => record)).toEqual([first, second]);
    expect(stored.map((entry) => [entry.before, entry.after])).toEqual([
      [null, JSON.stringify({ body: "Ünïcode ✓ \"quoted\"", n: 1 })],
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
      writeWithAudit(db(), async (tx, audit) => {
        await recordAudit(tx, { workspaceId: ws.workspace.id, actorId: null, action: "note.create", entityType: "note", entityId });
        await audit.record({ workspaceId: ws.workspace.id, actorId: null, action: "note.create", entityType: "note", entityId });
        throw new Error("the write fails after its audit entries");
      }),
    ).rejects.toThrow(/fails after/);
    expect(await db().auditLog.count({ where: { entityId } })).toBe(0);
  });
});
