import { describe, expect, it } from "vitest";
import { getClaimDetail } from "../claims/get-claim-detail";
import { createClaim } from "../claims/create-claim";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { createNote } from "./create-note";
import { setNoteThreadResolved } from "./set-note-thread-resolved";

const db = () => testDb().db;

async function threadWithReply() {
  const ws = await makeWorkspace(db());
  const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["The bridge cost $40 million."]);
  const claim = await createClaim(db(), {
    actor: ws.reviewer,
    workspaceId: ws.workspace.id,
    articleId: article.articleId,
    input: { revisionId: article.revisionId, ...rangeOf(article.text, "The bridge cost $40 million.") },
  });
  const on = { workspaceId: ws.workspace.id, claimId: claim.id };
  const root = await createNote(db(), { actor: ws.reviewer, ...on, input: { body: "Budget says 38." } });
  const reply = await createNote(db(), { actor: ws.reviewer2, ...on, input: { body: "Fixed.", replyToId: root.id } });
  const resolve = (actor: { userId: string }, noteId: string, resolved: boolean) =>
    setNoteThreadResolved(db(), { actor, workspaceId: ws.workspace.id, noteId, input: { resolved } });
  const detail = async (actor: { userId: string }) =>
    (await getClaimDetail(db(), { actor, ...on })).notes.find((note) => note.id === root.id)!;
  const audit = () =>
    db().auditLog.findMany({
      where: { entityId: root.id, action: { in: ["note.resolve", "note.reopen"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
  return { ws, root, reply, resolve, detail, audit };
}

describe("resolving a note thread", () => {
  it("lets the thread's author resolve it and an editor reopen it, stored, shown and audited once per change", async () => {
    const { ws, root, resolve, detail, audit } = await threadWithReply();
    expect((await detail(ws.reviewer)).resolved).toBeNull();
    expect((await detail(ws.reviewer)).canResolve).toBe(true);

    const resolved = await resolve(ws.reviewer, root.id, true);
    expect(resolved).toMatchObject({ id: root.id, resolved: true, resolvedById: ws.reviewer.userId });
    const stored = await db().note.findUniqueOrThrow({ where: { id: root.id } });
    expect(stored.resolvedById).toBe(ws.reviewer.userId);
    expect(stored.resolvedAt?.toISOString()).toBe(resolved.resolvedAt);
    expect(stored.version).toBe(1);
    const shown = await detail(ws.viewer);
    expect(shown.resolved).toEqual({
      at: resolved.resolvedAt,
      by: { id: ws.reviewer.userId, name: expect.any(String) },
    });
    expect(shown.canResolve).toBe(false);

    // Resolving again keeps who resolved it first and writes nothing.
    expect(await resolve(ws.editor, root.id, true)).toEqual(resolved);
    expect(await audit()).toEqual([{ action: "note.resolve", actorId: ws.reviewer.userId }]);

    await resolve(ws.editor, root.id, false);
    expect((await detail(ws.reviewer)).resolved).toBeNull();
    expect(await db().note.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({
      resolvedAt: null,
      resolvedById: null,
    });
    expect(await audit()).toEqual([
      { action: "note.resolve", actorId: ws.reviewer.userId },
      { action: "note.reopen", actorId: ws.editor.userId },
    ]);
  });

  it("refuses other reviewers and viewers, and replies (only a thread resolves)", async () => {
    const { ws, root, reply, resolve, audit } = await threadWithReply();
    await expect(resolve(ws.reviewer2, root.id, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(resolve(ws.viewer, root.id, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(resolve(ws.reviewer2, reply.id, true)).rejects.toMatchObject({ code: "bad_request" });
    await expect(resolve(ws.outsider, root.id, true)).rejects.toMatchObject({ code: "not_found" });
    expect(await db().note.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({ resolvedAt: null });
    expect(await audit()).toEqual([]);
  });
});
