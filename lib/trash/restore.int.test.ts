// Deleting moves rows to the trash; restoring puts back the very same rows: ids, times, links
// (threads, citations, tags, assignments) and search entries, on SQLite and PostgreSQL alike.
import { describe, expect, it } from "vitest";
import { deleteArticle } from "../articles/delete-article";
import { reviseArticle } from "../articles/revise-article";
import { deleteClaim } from "../claims/delete-claim";
import { listArticleClaims } from "../claims/list-article-claims";
import { deleteNote } from "../notes/delete-note";
import { searchWorkspace } from "../search/search-workspace";
import { removeSource } from "../sources/remove-source";
import { testDb } from "../testing/test-db";
import { createClaim } from "../claims/create-claim";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { restoreTrashItem } from "./restore-trash-item";
import { makeTrashWorld, snapshotArticle, snapshotClaims } from "../testing/trash-fixture";
import { TRASH_RETENTION_DAYS } from "./retention";

const db = () => testDb().db;
const DAY = 24 * 60 * 60 * 1000;

async function trashItemOf(entityId: string) {
  return db().trashItem.findUniqueOrThrow({ where: { entityId } });
}

async function search(world: Awaited<ReturnType<typeof makeTrashWorld>>, q: string) {
  const { hits } = await searchWorkspace(db(), { actor: world.ws.viewer, ...world.scope, input: { q } });
  return hits.map((hit) => hit.entityId);
}

describe("trash: delete, then restore the same rows", () => {
  it("a claim leaves with everything on it and comes back identical", async () => {
    const world = await makeTrashWorld(db());
    const before = await snapshotClaims(db(), [world.claim.id]);
    expect(before.notes).toHaveLength(3);
    expect(before.verdictSources).toHaveLength(1);
    expect(before.assignments).toHaveLength(1);
    expect(before.corrections.map((c) => c.description)).toEqual(["The 2024 budget table was added."]);
    expect(await search(world, "heron")).toEqual([world.lone.id]);

    const { version } = await db().claim.findUniqueOrThrow({ where: { id: world.claim.id } });
    await deleteClaim(db(), { actor: world.ws.editor, ...world.scope, claimId: world.claim.id, input: { version } });
    const gone = await snapshotClaims(db(), [world.claim.id]);
    expect(Object.values(gone).every((rows) => rows.length === 0)).toBe(true);
    expect(await search(world, "heron")).toEqual([]);
    const item = await trashItemOf(world.claim.id);
    expect(item).toMatchObject({
      entityType: "claim",
      articleId: world.article.articleId,
      claimId: world.claim.id,
      label: "The port will cost $2.1 billion",
      deletedById: world.ws.editor.userId,
    });
    expect(item.purgeAfter.getTime() - item.deletedAt.getTime()).toBe(TRASH_RETENTION_DAYS * DAY);

    const restored = await restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id });
    expect(restored).toMatchObject({ entityType: "claim", entityId: world.claim.id });
    expect(await snapshotClaims(db(), [world.claim.id])).toEqual(before);
    expect(await search(world, "heron")).toEqual([world.lone.id]);
    expect(await db().trashItem.count({ where: { id: item.id } })).toBe(0);
    const actions = await db().auditLog.findMany({
      where: { entityId: world.claim.id, action: { in: ["claim.delete", "claim.restore"] } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "claim.delete", actorId: world.ws.editor.userId },
      { action: "claim.restore", actorId: world.ws.editor.userId },
    ]);
  });

  it("a note without replies leaves its thread; one with replies stays as a tombstone; both come back whole", async () => {
    const world = await makeTrashWorld(db());
    const before = await snapshotClaims(db(), [world.claim.id]);
    await deleteNote(db(), { actor: world.ws.reviewer2, ...world.scope, noteId: world.lone.id, input: { version: 1 } });
    await deleteNote(db(), { actor: world.ws.editor, ...world.scope, noteId: world.root.id, input: { version: 1 } });
    expect(await db().note.findUnique({ where: { id: world.lone.id } })).toBeNull();
    const tombstone = await db().note.findUniqueOrThrow({ where: { id: world.root.id } });
    expect(tombstone).toMatchObject({ body: "", version: 2 });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(await db().noteTag.count({ where: { noteId: world.root.id } })).toBe(0);
    expect(await db().note.findUniqueOrThrow({ where: { id: world.reply.id } })).toMatchObject({
      replyToId: world.root.id,
    });
    const payload = JSON.parse((await trashItemOf(world.root.id)).payload) as { note: { body: string } };
    expect(payload.note.body).toBe("Root **note**.");

    for (const noteId of [world.lone.id, world.root.id]) {
      const item = await trashItemOf(noteId);
      await restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id });
    }
    const after = await snapshotClaims(db(), [world.claim.id]);
    // The claim's status went to and fro; the notes, their tags and search entries are as they were.
    expect({ ...after, claims: [] }).toEqual({ ...before, claims: [] });
    expect(await search(world, "heron")).toEqual([world.lone.id]);
  });

  it("a source comes back cited again by the verdict that cited it", async () => {
    const world = await makeTrashWorld(db());
    const before = await snapshotClaims(db(), [world.claim.id]);
    await removeSource(db(), {
      actor: world.ws.reviewer,
      ...world.scope,
      sourceId: world.cited.id,
      input: { version: 1 },
    });
    expect(await db().verdictSource.count({ where: { sourceId: world.cited.id } })).toBe(0);
    const item = await trashItemOf(world.cited.id);
    await restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id });
    const after = await snapshotClaims(db(), [world.claim.id]);
    expect({ ...after, claims: [] }).toEqual({ ...before, claims: [] });
  });

  it("an article leaves with its revisions, claims, assignments and dismissals and comes back identical", async () => {
    const world = await makeTrashWorld(db());
    await reviseArticle(db(), {
      actor: world.ws.editor,
      ...world.scope,
      articleId: world.article.articleId,
      input: { text: `${world.article.text}\n\nA later paragraph.`, baseRevisionId: world.article.revisionId },
    });
    const before = await snapshotArticle(db(), world.article.articleId);
    expect(before.revisions).toHaveLength(2);
    expect(before.assignments).toHaveLength(1);
    expect(before.dismissals).toHaveLength(1);
    await deleteArticle(db(), {
      actor: world.ws.editor,
      ...world.scope,
      articleId: world.article.articleId,
      input: { version: before.article!.version },
    });
    const gone = await snapshotArticle(db(), world.article.articleId);
    expect(gone.article).toBeNull();
    expect(gone.revisions).toEqual([]);
    expect(gone.searchEntry).toBeNull();
    expect(await db().searchEntry.count({ where: { articleId: world.article.articleId } })).toBe(0);
    const item = await trashItemOf(world.article.articleId);
    expect(item).toMatchObject({ entityType: "article", label: "Port costs", claimId: null });

    await restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id });
    expect(await snapshotArticle(db(), world.article.articleId)).toEqual(before);
    expect(await search(world, "heron")).toEqual([world.lone.id]);
  });

  it("a claim restored after the article was revised is re-anchored, or orphaned when its words are gone", async () => {
    const ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The dam holds 2 billion cubic metres.",
      "It opened in 1998.",
    ]);
    const mark = (quote: string) =>
      createClaim(db(), {
        actor: ws.reviewer,
        ...scope,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
      });
    const kept = await mark("It opened in 1998.");
    const cut = await mark("The dam holds 2 billion cubic metres.");
    for (const claim of [kept, cut])
      await deleteClaim(db(), { actor: ws.reviewer, ...scope, claimId: claim.id, input: { version: 1 } });
    const report = await reviseArticle(db(), {
      actor: ws.editor,
      ...scope,
      articleId: article.articleId,
      input: { text: "A new first paragraph.\n\nIt opened in 1998.", baseRevisionId: article.revisionId },
    });
    const current = report.revision!.id;
    for (const claim of [kept, cut]) {
      const item = await trashItemOf(claim.id);
      await restoreTrashItem(db(), { actor: ws.editor, ...scope, itemId: item.id });
    }
    const claims = await listArticleClaims(db(), { actor: ws.viewer, ...scope, articleId: article.articleId });
    const text = "A new first paragraph.\n\nIt opened in 1998.";
    expect(claims.find((c) => c.id === kept.id)).toMatchObject({
      revisionId: current,
      anchorState: "moved",
      exact: "It opened in 1998.",
      ...rangeOf(text, "It opened in 1998."),
    });
    expect(claims.find((c) => c.id === cut.id)).toMatchObject({
      revisionId: article.revisionId,
      anchorState: "orphaned",
    });
    const reanchored = await db().auditLog.findMany({
      where: { entityId: { in: [kept.id, cut.id] }, action: "claim.reanchor" },
      select: { entityId: true },
    });
    expect(reanchored.map((entry) => entry.entityId).sort()).toEqual([kept.id, cut.id].sort());
  });
});
