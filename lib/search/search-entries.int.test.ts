import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { updateNote } from "../notes/update-note";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { searchWorkspace } from "./search-workspace";

const db = () => testDb().db;

describe("search entries follow the notes they index", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let claim: Awaited<ReturnType<typeof createClaim>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The harbour tunnel opened in 1998, two years late.",
    ]);
    claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "opened in 1998") },
    });
  });
  const find = async (q: string) =>
    (
      await searchWorkspace(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, input: { q, kind: "note" } })
    ).hits.map((hit) => hit.entityId);

  it("is created with the note, replaced in place when it is edited, and removed with it", async () => {
    const on = { workspaceId: ws.workspace.id };
    const before = Date.now();
    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...on,
      claimId: claim.id,
      input: { body: "The archive shows a ribbon-cutting in October." },
    });
    const created = await db().searchEntry.findUniqueOrThrow({ where: { entityId: note.id } });
    expect(created).toMatchObject({
      workspaceId: ws.workspace.id,
      kind: "note",
      articleId: article.articleId,
      claimId: claim.id,
      body: note.body,
    });
    expect(created.updatedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(await find("ribbon")).toEqual([note.id]);

    const edited = await updateNote(db(), {
      actor: ws.reviewer,
      ...on,
      noteId: note.id,
      input: { body: "Council minutes confirm the opening date.", version: note.version },
    });
    const updated = await db().searchEntry.findUniqueOrThrow({ where: { entityId: note.id } });
    expect(updated).toMatchObject({
      id: created.id,
      kind: "note",
      articleId: article.articleId,
      claimId: claim.id,
      body: edited.body,
    });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    expect(await find("ribbon")).toEqual([]);
    expect(await find("minutes")).toEqual([note.id]);

    await deleteNote(db(), { actor: ws.reviewer, ...on, noteId: note.id, input: { version: edited.version } });
    expect(await db().searchEntry.count({ where: { entityId: note.id } })).toBe(0);
    expect(await find("minutes")).toEqual([]);
  });
});
