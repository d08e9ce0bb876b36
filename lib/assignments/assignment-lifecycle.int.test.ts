// Marking done by hand, withdrawing, reassigning and moving due dates; what the queue and the
// workspace's list show afterwards.
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { listArticleClaims } from "../claims/list-article-claims";
import { AppError, toAppError } from "../errors/app-error";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { completeAssignment } from "./complete-assignment";
import { createAssignments } from "./create-assignments";
import { listAssignments } from "./list-assignments";
import { listMyQueue } from "./list-my-queue";
import { updateAssignment } from "./update-assignment";
import { withdrawAssignment } from "./withdraw-assignment";

const db = () => testDb().db;
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let articleId: string;
const scope = () => ({ workspaceId: ws.workspace.id });

beforeEach(async () => {
  ws = await makeWorkspace(db());
  articleId = (await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Rents rose 8% last year."])).articleId;
});

const assign = async (assigneeId: string, dueAt?: string) => {
  const [created] = await createAssignments(db(), {
    actor: ws.editor,
    ...scope(),
    input: { articleId, assigneeIds: [assigneeId], ...(dueAt ? { dueAt } : {}) },
  });
  return created!.id;
};
const rejectsWith = (work: Promise<unknown>, code: AppError["code"]) =>
  expect(work).rejects.toSatisfy((e: unknown) => toAppError(e)?.code === code);
const auditOf = (entityId: string) =>
  db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
const queueIds = async (actor: { userId: string }) => {
  const queue = await listMyQueue(db(), { actor, ...scope() });
  return { open: queue.open.map((a) => a.id), done: queue.done.map((a) => a.id) };
};

describe("marking an assignment done by hand", () => {
  it("lets the assignee mark it done once (a second time answers the same), audited as not automatic", async () => {
    const id = await assign(ws.reviewer.userId);
    const done = await completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: id });
    expect(done.completedAt).toBeInstanceOf(Date);
    expect((await completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: id })).version).toBe(
      done.version,
    );
    const entries = await db().auditLog.findMany({ where: { entityId: id, action: "assignment.complete" } });
    expect(entries.map((e) => [e.actorId, JSON.parse(e.after!).automatic])).toEqual([[ws.reviewer.userId, false]]);
    expect(await queueIds(ws.reviewer)).toEqual({ open: [], done: [id] });
  });

  it("lets an editor mark a reviewer's assignment done, but not a withdrawn one", async () => {
    const id = await assign(ws.reviewer.userId);
    await completeAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: id });
    expect(await auditOf(id)).toEqual([
      { action: "assignment.create", actorId: ws.editor.userId },
      { action: "assignment.complete", actorId: ws.editor.userId },
    ]);
    const withdrawn = await assign(ws.reviewer.userId);
    await withdrawAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: withdrawn });
    await rejectsWith(
      completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: withdrawn }),
      "conflict",
    );
  });
});

describe("withdrawing an assignment", () => {
  it("takes it out of the assignee's queue, keeps it listed as withdrawn, and refuses to withdraw a done one", async () => {
    const id = await assign(ws.reviewer.userId);
    const kept = await assign(ws.reviewer.userId);
    const withdrawn = await withdrawAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: id });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    expect(await queueIds(ws.reviewer)).toEqual({ open: [kept], done: [] });
    const listed = await listAssignments(db(), { actor: ws.viewer, ...scope(), query: { state: "withdrawn" } });
    expect(listed.items.map((a) => [a.id, a.state])).toEqual([[id, "withdrawn"]]);
    expect((await auditOf(id)).at(-1)).toEqual({ action: "assignment.withdraw", actorId: ws.editor.userId });

    await completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: kept });
    await rejectsWith(withdrawAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: kept }), "conflict");
  });
});

describe("a withdrawn assignment in the reader", () => {
  it("no longer counts its claims as assigned to the reviewer", async () => {
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Wages rose 3%."]);
    await createClaim(db(), {
      actor: ws.editor,
      ...scope(),
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Wages rose 3%") },
    });
    const [assignment] = await createAssignments(db(), {
      actor: ws.editor,
      ...scope(),
      input: { articleId: article.articleId, assigneeIds: [ws.reviewer.userId] },
    });
    const assignees = async () =>
      (await listArticleClaims(db(), { actor: ws.reviewer, ...scope(), articleId: article.articleId })).map(
        (c) => c.assigneeIds,
      );
    expect(await assignees()).toEqual([[ws.reviewer.userId]]);
    await withdrawAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: assignment!.id });
    expect(await assignees()).toEqual([[]]);
  });
});

describe("reassigning and moving the due date", () => {
  it("hands the assignment to another reviewer (audited), who now has it in their queue", async () => {
    const id = await assign(ws.reviewer.userId, "2026-12-12");
    const after = await updateAssignment(db(), {
      actor: ws.editor,
      ...scope(),
      assignmentId: id,
      input: { assigneeId: ws.reviewer2.userId, version: 1 },
    });
    expect(after).toMatchObject({
      assigneeId: ws.reviewer2.userId,
      version: 2,
      dueAt: new Date("2026-12-12T23:59:59Z"),
    });
    expect(await queueIds(ws.reviewer)).toEqual({ open: [], done: [] });
    expect(await queueIds(ws.reviewer2)).toEqual({ open: [id], done: [] });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "assignment.reassign" } });
    expect([JSON.parse(entry.before!).assigneeId, JSON.parse(entry.after!).assigneeId]).toEqual([
      ws.reviewer.userId,
      ws.reviewer2.userId,
    ]);
  });

  it("refuses a change made from an older version with a conflict naming who changed it", async () => {
    const id = await assign(ws.reviewer.userId);
    await updateAssignment(db(), {
      actor: ws.admin,
      ...scope(),
      assignmentId: id,
      input: { dueAt: "2026-12-20", version: 1 },
    });
    const stale = updateAssignment(db(), {
      actor: ws.editor,
      ...scope(),
      assignmentId: id,
      input: { assigneeId: ws.reviewer2.userId, version: 1 },
    });
    await expect(stale).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.status === 409 && e.message.includes("Admin"),
    );
    const row = await db().assignment.findUniqueOrThrow({ where: { id } });
    expect([row.assigneeId, row.version, row.dueAt]).toEqual([ws.reviewer.userId, 2, new Date("2026-12-20T23:59:59Z")]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["assignment.create", "assignment.update"]);
  });

  it("refuses a viewer or a non-member as the new assignee, and changes to a closed assignment", async () => {
    const id = await assign(ws.reviewer.userId);
    const change = (assigneeId: string, version = 1) =>
      updateAssignment(db(), { actor: ws.editor, ...scope(), assignmentId: id, input: { assigneeId, version } });
    await rejectsWith(change(ws.viewer.userId), "validation_failed");
    await rejectsWith(change(ws.outsider.userId), "validation_failed");
    await completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: id });
    await rejectsWith(change(ws.reviewer2.userId, 2), "conflict");
  });
});

describe("the queue and the list", () => {
  it("shows open assignments oldest first with their due dates, done ones of the last 30 days, and nobody else's", async () => {
    const first = await assign(ws.reviewer.userId, "2020-01-01");
    const second = await assign(ws.reviewer.userId);
    await assign(ws.reviewer2.userId);
    const oldDone = await assign(ws.reviewer.userId);
    await db().assignment.update({ where: { id: oldDone }, data: { completedAt: new Date("2020-01-01T00:00:00Z") } });
    const recentDone = await assign(ws.reviewer.userId);
    await completeAssignment(db(), { actor: ws.reviewer, ...scope(), assignmentId: recentDone });
    const queue = await listMyQueue(db(), { actor: ws.reviewer, ...scope() });
    expect(queue.open.map((a) => [a.id, a.overdue, a.article.id, a.claim, a.progress])).toEqual([
      [first, true, articleId, null, { rated: 0, total: 0 }],
      [second, false, articleId, null, { rated: 0, total: 0 }],
    ]);
    expect(queue.done.map((a) => [a.id, a.state])).toEqual([[recentDone, "done"]]);
  });

  it("filters the workspace's assignments by assignee (or me), state and article", async () => {
    const mine = await assign(ws.reviewer.userId);
    const theirs = await assign(ws.reviewer2.userId);
    await completeAssignment(db(), { actor: ws.reviewer2, ...scope(), assignmentId: theirs });
    const list = (query: Record<string, string>) =>
      listAssignments(db(), { actor: ws.reviewer, ...scope(), query }).then((r) => r.items.map((a) => a.id));
    expect(await list({ assignee: "me" })).toEqual([mine]);
    expect(await list({ assignee: ws.reviewer2.userId })).toEqual([theirs]);
    expect(await list({ state: "open" })).toEqual([mine]);
    expect(await list({ state: "done" })).toEqual([theirs]);
    expect((await list({ article: articleId })).sort()).toEqual([mine, theirs].sort());
    expect(await list({ article: "elsewhere" })).toEqual([]);
    await rejectsWith(
      listAssignments(db(), { actor: ws.reviewer, ...scope(), query: { state: "late" } }),
      "validation_failed",
    );
  });
});
