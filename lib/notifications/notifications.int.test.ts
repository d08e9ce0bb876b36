// Every kind of notification through the real use cases: who hears, who does not (the actor,
// non-members, reviewers who have not submitted under blind review), mentions stored as ids and
// shown with the member's current name, reading and marking read.
import { beforeEach, describe, expect, it } from "vitest";
import { createAssignments } from "../assignments/create-assignments";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { createNote } from "../notes/create-note";
import { updateNote } from "../notes/update-note";
import { openExport } from "../exports/load-export-articles";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { searchWorkspace } from "../search/search-workspace";
import { makeArticle, makeUser, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { restoreTrashItem } from "../trash/restore-trash-item";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { mentionToken } from "./mentions";

const db = () => testDb().db;

describe("notifications", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let claimId: string;
  let ratings: Awaited<ReturnType<typeof loadRatingScale>>;
  const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
  const scope = () => ({ workspaceId: ws.workspace.id, claimId });
  const inbox = async (actor: { userId: string }) =>
    (await listNotifications(db(), { actor, input: {} })).data.filter((n) => n.workspace.id === ws.workspace.id);
  const kinds = async (actor: { userId: string }) => (await inbox(actor)).map((n) => n.kind).sort();

  beforeEach(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Unemployment fell to 3.1% in March, the lowest rate since 1974.",
    ]);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Unemployment fell to 3.1% in March") },
    });
    claimId = claim.id;
    ratings = await loadRatingScale(db(), ws.workspace.id);
  });

  it("tells assignees they were assigned, with a link to the claim, never the editor who assigned", async () => {
    await createAssignments(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: {
        articleId: article.articleId,
        claimIds: [claimId],
        assigneeIds: [ws.reviewer2.userId, ws.editor.userId],
      },
    });
    const [assigned] = await inbox(ws.reviewer2);
    expect(assigned).toMatchObject({ kind: "assigned", claimId, actor: { id: ws.editor.userId }, readAt: null });
    expect(assigned!.text).toBe("Editor assigned you a claim to review");
    expect(assigned!.excerpt).toBe("Unemployment fell to 3.1% in March");
    expect(assigned!.href).toBe(`/w/${ws.workspace.slug}/articles/${article.articleId}?claim=${claimId}`);
    expect(await inbox(ws.editor)).toEqual([]);
  });

  it("tells a note's author of a reply, and mentioned members once each, but not the writer or non-members", async () => {
    const note = await createNote(db(), { actor: ws.reviewer, ...scope(), input: { body: "Check the ONS series." } });
    const outsider = await makeUser(db(), "Not A Member");
    const body = `${mentionToken({ id: ws.reviewer2.userId, name: "Second Reviewer" })} and ${mentionToken({
      id: ws.editor.userId,
      name: "Editor",
    })} see ${mentionToken({ id: outsider.userId, name: "Not A Member" })}, ${mentionToken({
      id: ws.editor.userId,
      name: "Editor",
    })} and @Viewer as text`;
    await createNote(db(), { actor: ws.editor, ...scope(), input: { body, replyToId: note.id } });
    expect(await kinds(ws.reviewer)).toEqual(["reply"]);
    expect(await kinds(ws.reviewer2)).toEqual(["mention"]);
    expect(await kinds(ws.editor)).toEqual([]);
    expect(await kinds(ws.viewer)).toEqual([]);
    expect(await db().notification.count({ where: { recipientId: outsider.userId } })).toBe(0);

    // A reply that mentions the parent's author: one notification, the mention.
    await createNote(db(), {
      actor: ws.reviewer2,
      ...scope(),
      input: { body: `${mentionToken({ id: ws.reviewer.userId, name: "Reviewer" })} agreed`, replyToId: note.id },
    });
    expect(await kinds(ws.reviewer)).toEqual(["mention", "reply"]);
  });

  it("stores a mention as the member's id and shows their current name in exports and search snippets", async () => {
    const body = `Ferry figures: ask ${mentionToken({ id: ws.reviewer2.userId, name: "Second Reviewer" })} about it`;
    const note = await createNote(db(), { actor: ws.reviewer, ...scope(), input: { body } });
    expect(note.body).toContain(`(user:${ws.reviewer2.userId})`);
    await db().user.update({ where: { id: ws.reviewer2.userId }, data: { name: "Wen Li" } });

    const exported = await openExport(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      origin: "https://m.test",
    });
    const notes = [];
    for await (const a of exported.articles()) notes.push(...a.claims.flatMap((c) => c.notes.map((n) => n.body)));
    expect(notes).toEqual(["Ferry figures: ask @Wen Li about it"]);

    const found = await searchWorkspace(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { q: "ferry" },
    });
    const snippet = found.hits.find((hit) => hit.kind === "note")!.snippet;
    expect(snippet).toContain("@Wen Li");
    expect(snippet).not.toContain("user:");
  });

  it("notifies only members newly mentioned when a note is edited", async () => {
    const first = `${mentionToken({ id: ws.reviewer2.userId, name: "Second Reviewer" })} look`;
    const note = await createNote(db(), { actor: ws.reviewer, ...scope(), input: { body: first } });
    const second = `${first} and ${mentionToken({ id: ws.editor.userId, name: "Editor" })}`;
    await updateNote(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      noteId: note.id,
      input: { body: second, version: note.version },
    });
    expect(await kinds(ws.reviewer2)).toEqual(["mention"]);
    expect(await kinds(ws.editor)).toEqual(["mention"]);
  });

  it("tells reviewers who submitted a different rating of a disagreement, never those who have not submitted", async () => {
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope(),
      input: { ratingId: rating("True"), confidence: 80, rationale: "Official figure.", submit: true },
    });
    // The editor has a draft: under blind review they may not learn others' ratings from a notification.
    await saveVerdict(db(), {
      actor: ws.editor,
      ...scope(),
      input: { ratingId: rating("True"), confidence: 50, rationale: "Draft.", submit: false },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope(),
      input: { ratingId: rating("False"), confidence: 70, rationale: "Seasonally adjusted it rose.", submit: true },
    });
    const [disagreement] = await inbox(ws.reviewer);
    expect(disagreement).toMatchObject({ kind: "disagreement", claimId, actor: { id: ws.reviewer2.userId } });
    expect(JSON.stringify(disagreement)).not.toMatch(/False|True|Seasonally/);
    expect(await kinds(ws.editor)).toEqual([]);
    expect(await kinds(ws.reviewer2)).toEqual([]);
    // An agreeing submission tells nobody.
    await saveVerdict(db(), {
      actor: ws.admin,
      ...scope(),
      input: { ratingId: rating("True"), confidence: 90, rationale: "Agree.", submit: true },
    });
    expect(await kinds(ws.reviewer)).toEqual(["disagreement"]);
  });

  it("tells whoever marked or rated the claim that its final verdict is published", async () => {
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope(),
      input: { ratingId: rating("True"), confidence: 80, rationale: "Yes.", submit: true },
    });
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope(),
      input: { ratingId: rating("True"), summary: "The figure is right." },
    });
    expect(await kinds(ws.reviewer)).toEqual([]);
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope(),
      input: { published: true, version: final.version },
    });
    expect(await kinds(ws.reviewer)).toEqual(["verdict_published"]);
    expect(await kinds(ws.reviewer2)).toEqual(["verdict_published"]);
    expect(await kinds(ws.editor)).toEqual([]);
  });

  it("tells a claim's author it was moved to the trash and restored; the deleted one links to the article", async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    await deleteClaim(db(), { actor: ws.editor, ...scope(), input: { version: claim.version } });
    const [deleted] = await inbox(ws.reviewer);
    expect(deleted).toMatchObject({ kind: "claim_deleted", excerpt: "Unemployment fell to 3.1% in March" });
    expect(deleted!.href).toBe(`/w/${ws.workspace.slug}/articles/${article.articleId}`);
    const item = await db().trashItem.findUniqueOrThrow({ where: { entityId: claimId } });
    await restoreTrashItem(db(), { actor: ws.editor, workspaceId: ws.workspace.id, itemId: item.id });
    expect(await kinds(ws.reviewer)).toEqual(["claim_deleted", "claim_restored"]);
    // Deleting one's own claim tells nobody.
    const own = await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    await deleteClaim(db(), { actor: ws.reviewer, ...scope(), input: { version: own.version } });
    expect(await kinds(ws.reviewer)).toEqual(["claim_deleted", "claim_restored"]);
  });

  it("lists newest first with a cursor, counts unread, and marks some or all read, one's own only", async () => {
    for (let i = 0; i < 3; i += 1)
      await createNote(db(), {
        actor: ws.editor,
        ...scope(),
        input: { body: `${mentionToken({ id: ws.reviewer2.userId, name: "R2" })} number ${i}` },
      });
    const actor = ws.reviewer2;
    const first = await listNotifications(db(), { actor, workspaceId: ws.workspace.id, input: { limit: "2" } });
    expect(first.data).toHaveLength(2);
    expect(first.unread).toBe(3);
    const rest = await listNotifications(db(), {
      actor,
      workspaceId: ws.workspace.id,
      input: { limit: "2", cursor: first.nextCursor! },
    });
    expect(rest.data).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    // Someone else cannot mark them read.
    const theirs = await markNotificationsRead(db(), { actor: ws.reviewer, input: { ids: [first.data[0]!.id] } });
    expect(theirs.marked).toBe(0);
    const one = await markNotificationsRead(db(), { actor, input: { ids: [first.data[0]!.id] } });
    expect(one).toEqual({ marked: 1, unread: 2 });
    const all = await markNotificationsRead(db(), { actor, workspaceId: ws.workspace.id, input: { all: true } });
    expect(all).toEqual({ marked: 2, unread: 0 });
    // Someone who leaves the workspace no longer sees its notifications.
    await db().membership.delete({
      where: { workspaceId_userId: { workspaceId: ws.workspace.id, userId: actor.userId } },
    });
    expect((await listNotifications(db(), { actor, input: {} })).data.map((n) => n.workspace.id)).not.toContain(
      ws.workspace.id,
    );
    await expect(
      listNotifications(db(), { actor: ws.outsider, workspaceId: ws.workspace.id, input: {} }),
    ).rejects.toThrow(/not found/i);
  });
});
