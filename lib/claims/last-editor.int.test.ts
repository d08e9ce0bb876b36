// "Changed by X meanwhile" names the last person who changed the entity, found through an index
// on the audit log (it grows with every write; a refusal must not scan it).
import { describe, expect, it } from "vitest";
import { writeWithAudit } from "../db/write-with-audit";
import { makeWorkspace } from "../testing/factories";
import { testDb, testProvider } from "../testing/test-db";
import { lastEditorOf } from "./last-editor";

const db = () => testDb().db;
const LAST_EDITOR_SQL = `SELECT "actorId" FROM "AuditLog" WHERE "entityId" = 'e' ORDER BY "id" DESC LIMIT 1`;

describe("the last editor of an entity", () => {
  it("is the actor of its latest audit entry, or null when it has none", async () => {
    const ws = await makeWorkspace(db());
    const entityId = `entity-${Date.now()}`;
    await writeWithAudit(db(), async (_tx, audit) => {
      await audit.record({
        workspaceId: ws.workspace.id,
        actorId: ws.reviewer.userId,
        action: "note.create",
        entityType: "note",
        entityId,
      });
      await audit.record({
        workspaceId: ws.workspace.id,
        actorId: ws.editor.userId,
        action: "note.update",
        entityType: "note",
        entityId,
      });
      await audit.record({
        workspaceId: ws.workspace.id,
        actorId: ws.reviewer2.userId,
        action: "note.create",
        entityType: "note",
        entityId: `${entityId}-other`,
      });
    });
    expect(await lastEditorOf(db(), entityId)).toBe(ws.editor.userId);
    expect(await lastEditorOf(db(), `${entityId}-never`)).toBeNull();
  });

  it("is found through the audit log's entity index, not a scan", async () => {
    const plan =
      testProvider() === "sqlite"
        ? (await db().$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${LAST_EDITOR_SQL}`))
            .map((row) => row.detail)
            .join("\n")
        : await db().$transaction(async (tx) => {
            // A test database is small enough that the planner would rather scan: ask what it would use.
            await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
            return (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${LAST_EDITOR_SQL}`))
              .map((row) => row["QUERY PLAN"])
              .join("\n");
          });
    expect(plan).toMatch(/AuditLog_entityId_id_idx/);
  });
});
