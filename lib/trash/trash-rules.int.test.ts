// Who may delete what, purging (admins now, everyone's items after 30 days), the trash list, and
// the order restores must follow.
import { describe, expect, it } from "vitest";
import { archiveArticle } from "../articles/archive-article";
import { deleteArticle } from "../articles/delete-article";
import { listArticles } from "../articles/list-articles";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { getClaimDetail } from "../claims/get-claim-detail";
import { AppError } from "../errors/app-error";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { removeRating } from "../ratings/remove-rating";
import { addSource } from "../sources/add-source";
import { removeSource } from "../sources/remove-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { listTrash } from "./list-trash";
import { purgeTrashItem } from "./purge-trash-item";
import { restoreTrashItem } from "./restore-trash-item";
import { makeTrashWorld, PARAGRAPHS } from "../testing/trash-fixture";

const db = () => testDb().db;
const DAY = 24 * 60 * 60 * 1000;

async function rejectsWith(work: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

const itemOf = async (entityId: string) => db().trashItem.findUniqueOrThrow({ where: { entityId } });
const versionOf = async (claimId: string) =>
  (await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;

describe("trash rules", () => {
  it("keeps a reviewer from deleting their own claim once a colleague's note, source or verdict is on it", async () => {
    const ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, PARAGRAPHS);
    const mark = (quote: string) =>
      createClaim(db(), {
        actor: ws.reviewer,
        ...scope,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
      });
    const noted = await mark("The port will cost");
    await createNote(db(), { actor: ws.reviewer2, ...scope, claimId: noted.id, input: { body: "Mine." } });
    const sourced = await mark("Critics called it");
    await addSource(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: sourced.id,
      input: { url: "https://e.example/x", title: "X", stance: "refutes" },
    });
    const rated = await mark("Unemployment fell");
    const rating = await db().rating.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: rated.id,
      input: { ratingId: rating.id, confidence: 50, submit: false },
    });
    const alone = await mark("white elephant");
    await createNote(db(), { actor: ws.reviewer, ...scope, claimId: alone.id, input: { body: "My own." } });

    for (const claim of [noted, sourced, rated]) {
      const detail = await getClaimDetail(db(), { actor: ws.reviewer, ...scope, claimId: claim.id });
      expect(detail.claim.canDelete).toBe(false);
      await rejectsWith(
        deleteClaim(db(), {
          actor: ws.reviewer,
          ...scope,
          claimId: claim.id,
          input: { version: await versionOf(claim.id) },
        }),
        "forbidden",
        /ask an editor/,
      );
      expect((await getClaimDetail(db(), { actor: ws.editor, ...scope, claimId: claim.id })).claim.canDelete).toBe(
        true,
      );
      await deleteClaim(db(), {
        actor: ws.editor,
        ...scope,
        claimId: claim.id,
        input: { version: await versionOf(claim.id) },
      });
    }
    expect((await getClaimDetail(db(), { actor: ws.reviewer, ...scope, claimId: alone.id })).claim.canDelete).toBe(
      true,
    );
    expect((await getClaimDetail(db(), { actor: ws.reviewer2, ...scope, claimId: alone.id })).claim.canDelete).toBe(
      false,
    );
    await deleteClaim(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: alone.id,
      input: { version: await versionOf(alone.id) },
    });
    expect(await db().trashItem.count({ where: { workspaceId: ws.workspace.id, entityType: "claim" } })).toBe(4);
  });

  it("refuses to delete a claim or an article under a published verdict, and hides Delete there", async () => {
    const world = await makeTrashWorld(db());
    const final = await db().finalVerdict.findUniqueOrThrow({ where: { claimId: world.claim.id } });
    await setFinalVerdictPublished(db(), {
      actor: world.ws.editor,
      ...world.scope,
      claimId: world.claim.id,
      input: { published: true, version: final.version },
    });
    expect(
      (await getClaimDetail(db(), { actor: world.ws.admin, ...world.scope, claimId: world.claim.id })).claim.canDelete,
    ).toBe(false);
    await rejectsWith(
      deleteClaim(db(), {
        actor: world.ws.admin,
        ...world.scope,
        claimId: world.claim.id,
        input: { version: await versionOf(world.claim.id) },
      }),
      "locked",
    );
    const article = await db().article.findUniqueOrThrow({ where: { id: world.article.articleId } });
    await rejectsWith(
      deleteArticle(db(), {
        actor: world.ws.editor,
        ...world.scope,
        articleId: article.id,
        input: { version: article.version },
      }),
      "locked",
      /archive/,
    );
    expect(await db().trashItem.count({ where: { workspaceId: world.ws.workspace.id } })).toBe(0);
  });

  it("lists the trash for editors with what, where, who and days left; not for reviewers or viewers", async () => {
    const world = await makeTrashWorld(db());
    await deleteNote(db(), { actor: world.ws.reviewer2, ...world.scope, noteId: world.lone.id, input: { version: 1 } });
    await removeSource(db(), {
      actor: world.ws.editor,
      ...world.scope,
      sourceId: world.context.id,
      input: { version: 1 },
    });
    for (const actor of [world.ws.reviewer, world.ws.viewer])
      await rejectsWith(listTrash(db(), { actor, ...world.scope }), "forbidden");
    await rejectsWith(listTrash(db(), { actor: world.ws.outsider, ...world.scope }), "not_found");
    const { items } = await listTrash(db(), { actor: world.ws.editor, ...world.scope });
    expect(items.map((item) => [item.entityType, item.label, item.deletedBy.name, item.daysLeft])).toEqual([
      ["source", "Port context", "Editor", 30],
      ["note", "A lone heron note.", "Second Reviewer", 30],
    ]);
    expect(items[1]).toMatchObject({
      article: { id: world.article.articleId, title: "Port costs", inTrash: false },
      claim: { id: world.claim.id, quote: "The port will cost $2.1 billion", inTrash: false },
    });
    const page = await listTrash(db(), { actor: world.ws.editor, ...world.scope, limit: 1 });
    expect(page.items).toHaveLength(1);
    const next = await listTrash(db(), { actor: world.ws.editor, ...world.scope, limit: 1, cursor: page.nextCursor });
    expect(next.items.map((item) => item.entityType)).toEqual(["note"]);
    expect(next.nextCursor).toBeNull();
  });

  it("asks for the claim first when a note's claim is in the trash, and a reply's parent first", async () => {
    const world = await makeTrashWorld(db());
    const noteScope = { actor: world.ws.editor, ...world.scope };
    await deleteNote(db(), { ...noteScope, noteId: world.reply.id, input: { version: 1 } });
    // Its only reply is in the trash: the root leaves the thread too.
    await deleteNote(db(), { ...noteScope, noteId: world.root.id, input: { version: 1 } });
    expect(await db().note.count({ where: { id: world.root.id } })).toBe(0);
    await rejectsWith(
      restoreTrashItem(db(), { ...noteScope, itemId: (await itemOf(world.reply.id)).id }),
      "conflict",
      /restore that from the trash first/,
    );
    await deleteClaim(db(), {
      ...noteScope,
      claimId: world.claim.id,
      input: { version: await versionOf(world.claim.id) },
    });
    const noteItem = await itemOf(world.lone.id).catch(() => null);
    expect(noteItem).toBeNull();
    await rejectsWith(
      restoreTrashItem(db(), { ...noteScope, itemId: (await itemOf(world.root.id)).id }),
      "conflict",
      /its claim: restore that from the trash first/,
    );
    await restoreTrashItem(db(), { ...noteScope, itemId: (await itemOf(world.claim.id)).id });
    await restoreTrashItem(db(), { ...noteScope, itemId: (await itemOf(world.root.id)).id });
    await restoreTrashItem(db(), { ...noteScope, itemId: (await itemOf(world.reply.id)).id });
    expect(await db().note.findUniqueOrThrow({ where: { id: world.reply.id } })).toMatchObject({
      replyToId: world.root.id,
      body: "A reply.",
    });
  });

  it("lets only admins purge, records it, and takes the trashed notes of a purged claim along", async () => {
    const world = await makeTrashWorld(db());
    await deleteNote(db(), { actor: world.ws.editor, ...world.scope, noteId: world.lone.id, input: { version: 1 } });
    await deleteClaim(db(), {
      actor: world.ws.editor,
      ...world.scope,
      claimId: world.claim.id,
      input: { version: await versionOf(world.claim.id) },
    });
    const item = await itemOf(world.claim.id);
    for (const actor of [world.ws.editor, world.ws.reviewer, world.ws.viewer])
      await rejectsWith(purgeTrashItem(db(), { actor, ...world.scope, itemId: item.id }), "forbidden");
    await rejectsWith(purgeTrashItem(db(), { actor: world.ws.outsider, ...world.scope, itemId: item.id }), "not_found");
    expect(await purgeTrashItem(db(), { actor: world.ws.admin, ...world.scope, itemId: item.id })).toEqual({
      purged: 2,
    });
    expect(await db().trashItem.count({ where: { workspaceId: world.ws.workspace.id } })).toBe(0);
    const purges = await db().auditLog.findMany({
      where: { workspaceId: world.ws.workspace.id, action: { endsWith: ".purge" } },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true, actorId: true, after: true },
    });
    expect(purges).toEqual([
      { action: "claim.purge", entityId: world.claim.id, actorId: world.ws.admin.userId, after: '{"automatic":false}' },
      { action: "note.purge", entityId: world.lone.id, actorId: world.ws.admin.userId, after: '{"automatic":false}' },
    ]);
    await rejectsWith(purgeTrashItem(db(), { actor: world.ws.admin, ...world.scope, itemId: item.id }), "not_found");
  });

  it("purges items after 30 days: when the trash is listed, and when something else is deleted", async () => {
    const world = await makeTrashWorld(db());
    await deleteNote(db(), { actor: world.ws.editor, ...world.scope, noteId: world.lone.id, input: { version: 1 } });
    const item = await itemOf(world.lone.id);
    const at = (days: number, ms = 0) => new Date(item.deletedAt.getTime() + days * DAY + ms);
    const listed = await listTrash(db(), { actor: world.ws.editor, ...world.scope, now: at(29, 1) });
    expect(listed.items.map((i) => [i.id, i.daysLeft])).toEqual([[item.id, 1]]);
    await rejectsWith(
      restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id, now: at(30) }),
      "not_found",
    );
    expect((await listTrash(db(), { actor: world.ws.editor, ...world.scope, now: at(30) })).items).toEqual([]);
    const purge = await db().auditLog.findFirstOrThrow({
      where: { entityId: world.lone.id, action: "note.purge" },
      select: { actorId: true, after: true },
    });
    expect(purge).toEqual({ actorId: null, after: '{"automatic":true}' });

    // A deletion purges what has expired, too (the item's date set back, as a clock would move).
    await deleteNote(db(), { actor: world.ws.editor, ...world.scope, noteId: world.reply.id, input: { version: 1 } });
    await db().trashItem.update({
      where: { entityId: world.reply.id },
      data: { purgeAfter: new Date(Date.now() - 1) },
    });
    await removeSource(db(), {
      actor: world.ws.editor,
      ...world.scope,
      sourceId: world.context.id,
      input: { version: 1 },
    });
    expect(
      await db().trashItem.findMany({ where: { workspaceId: world.ws.workspace.id }, select: { entityId: true } }),
    ).toEqual([{ entityId: world.context.id }]);
  });

  it("asks for a removed rating back before restoring verdicts that used it", async () => {
    const world = await makeTrashWorld(db());
    await deleteClaim(db(), {
      actor: world.ws.editor,
      ...world.scope,
      claimId: world.claim.id,
      input: { version: await versionOf(world.claim.id) },
    });
    const unused = world.ratings[1]!;
    await removeRating(db(), { actor: world.ws.admin, ...world.scope, ratingId: unused.id, input: { version: 1 } });
    await rejectsWith(
      restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: (await itemOf(world.claim.id)).id }),
      "conflict",
      new RegExp(`removed from the scale since \\(${unused.label}\\)`),
    );
    expect(await db().claim.count({ where: { id: world.claim.id } })).toBe(0);
  });

  it("archives an article out of the list and back, for editors", async () => {
    const world = await makeTrashWorld(db());
    const list = (archived: boolean) =>
      listArticles(db(), { actor: world.ws.viewer, ...world.scope, archived }).then((r) => r.items.map((a) => a.id));
    const input = { archived: true, version: 1 };
    await rejectsWith(
      archiveArticle(db(), { actor: world.ws.reviewer, ...world.scope, articleId: world.article.articleId, input }),
      "forbidden",
    );
    const archived = await archiveArticle(db(), {
      actor: world.ws.editor,
      ...world.scope,
      articleId: world.article.articleId,
      input,
    });
    expect(archived.archivedAt).not.toBeNull();
    expect(await list(false)).toEqual([]);
    expect(await list(true)).toEqual([world.article.articleId]);
    await archiveArticle(db(), {
      actor: world.ws.editor,
      ...world.scope,
      articleId: world.article.articleId,
      input: { archived: false, version: archived.version },
    });
    expect(await list(false)).toEqual([world.article.articleId]);
  });
});
