import { describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { createNote } from "./create-note";
import { noteSnapshotSelect } from "./note-snapshot";

const db = () => testDb().db;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("a new note", () => {
  it("is answered exactly as stored, replies included, with a random id and its times", async () => {
    const ws = await makeWorkspace(db());
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Ridership doubled after the fare cut, the operator said.",
    ]);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Ridership doubled") },
    });
    const on = { workspaceId: ws.workspace.id, claimId: claim.id };
    const started = Date.now();
    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...on,
      input: { body: "Annual report, p. 12: **+96%**, not double. Ünïcode ✓" },
    });
    const reply = await createNote(db(), {
      actor: ws.reviewer2,
      ...on,
      input: { body: "Agreed.", replyToId: note.id, tags: ["transport"] },
    });
    for (const answered of [note, reply]) {
      expect(answered.id).toMatch(UUID_V4);
      expect(answered).toEqual(
        await db().note.findUniqueOrThrow({ where: { id: answered.id }, select: noteSnapshotSelect }),
      );
      const { createdAt, updatedAt, importKey } = await db().note.findUniqueOrThrow({
        where: { id: answered.id },
        select: { createdAt: true, updatedAt: true, importKey: true },
      });
      expect(createdAt.getTime()).toBeGreaterThanOrEqual(started);
      expect(updatedAt).toEqual(createdAt);
      expect(importKey).toBeNull();
    }
    expect(reply).toMatchObject({ replyToId: note.id, authorId: ws.reviewer2.userId, version: 1, deletedAt: null });
    const stored = await db().note.findMany({
      where: { claimId: claim.id },
      select: { id: true, tags: { select: { tag: { select: { name: true } } } } },
    });
    expect(Object.fromEntries(stored.map((n) => [n.id, n.tags.map((t) => t.tag.name)]))).toEqual({
      [note.id]: [],
      [reply.id]: ["transport"],
    });
  });
});
