// Automatic completion: directly (verdict rows written here, then the check) and through the
// reviewer's verdict submissions.
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { writeWithAudit } from "../db/write-with-audit";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { completeFinishedAssignments } from "./complete-finished-assignments";
import { createAssignments } from "./create-assignments";
import { listAssignments } from "./list-assignments";
import { listMyQueue } from "./list-my-queue";

const db = () => testDb().db;
const QUOTES = ["The port cost $2.1 billion.", "It opened in 1998.", "Traffic doubled since."];

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let article: Awaited<ReturnType<typeof makeArticle>>;
let claimIds: string[];
let ratingId: string;
const scope = () => ({ workspaceId: ws.workspace.id });

beforeEach(async () => {
  ws = await makeWorkspace(db());
  article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, QUOTES);
  claimIds = [];
  for (const quote of QUOTES) claimIds.push((await mark(quote)).id);
  ratingId = (await loadRatingScale(db(), ws.workspace.id))[0]!.id;
});

const mark = (quote: string) =>
  createClaim(db(), {
    actor: ws.editor,
    ...scope(),
    articleId: article.articleId,
    input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
  });

const assign = async (assigneeId: string, claims?: string[]) =>
  (
    await createAssignments(db(), {
      actor: ws.editor,
      ...scope(),
      input: { articleId: article.articleId, assigneeIds: [assigneeId], ...(claims ? { claimIds: claims } : {}) },
    })
  ).map((a) => a.id);

/** A verdict row written directly (no completion check), submitted or a draft. */
const verdictRow = (reviewerId: string, claimId: string, submitted: boolean) =>
  db().verdict.create({
    data: {
      workspaceId: ws.workspace.id,
      claimId,
      reviewerId,
      ratingId,
      confidence: 70,
      submittedAt: submitted ? new Date() : null,
    },
  });

const check = (claimId: string, assigneeId = ws.reviewer.userId) =>
  writeWithAudit(db(), (tx, audit) =>
    completeFinishedAssignments(tx, audit, { ...scope(), articleId: article.articleId, claimId, assigneeId }),
  );

const stateOf = async (id: string) => {
  const row = await db().assignment.findUniqueOrThrow({ where: { id } });
  return row.completedAt ? "done" : row.withdrawnAt ? "withdrawn" : "open";
};

const submit = (actor: { userId: string }, claimId: string, submitted = true) =>
  saveVerdict(db(), { actor, ...scope(), claimId, input: { ratingId, confidence: 80, submit: submitted } });

describe("completeFinishedAssignments", () => {
  it("completes an article assignment once every claim has the assignee's submitted verdict; drafts and others' verdicts do not count", async () => {
    const [assignmentId] = await assign(ws.reviewer.userId);
    for (const claimId of claimIds) await verdictRow(ws.reviewer.userId, claimId, false);
    for (const claimId of claimIds) await verdictRow(ws.reviewer2.userId, claimId, true);
    expect(await check(claimIds[0]!)).toEqual([]);
    await db().verdict.updateMany({
      where: { reviewerId: ws.reviewer.userId, claimId: { in: claimIds.slice(0, 2) } },
      data: { submittedAt: new Date() },
    });
    expect(await check(claimIds[1]!)).toEqual([]);
    expect(await stateOf(assignmentId!)).toBe("open");

    await db().verdict.updateMany({
      where: { reviewerId: ws.reviewer.userId, claimId: claimIds[2]! },
      data: { submittedAt: new Date() },
    });
    const completed = await check(claimIds[2]!);
    expect(completed.map((a) => a.id)).toEqual([assignmentId]);
    expect(await stateOf(assignmentId!)).toBe("done");
    const entries = await db().auditLog.findMany({ where: { entityId: assignmentId!, action: "assignment.complete" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBe(ws.reviewer.userId);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ automatic: true, id: assignmentId, version: 2 });
    // Checked again (another submission later): nothing more happens.
    expect(await check(claimIds[2]!)).toEqual([]);
    expect(await db().auditLog.count({ where: { entityId: assignmentId!, action: "assignment.complete" } })).toBe(1);
  });

  it("completes a claim assignment on that claim's submitted verdict alone, leaving the article assignment open", async () => {
    const [claimAssignment] = await assign(ws.reviewer.userId, [claimIds[1]!]);
    const [articleAssignment] = await assign(ws.reviewer.userId);
    const [otherClaim] = await assign(ws.reviewer.userId, [claimIds[2]!]);
    await verdictRow(ws.reviewer.userId, claimIds[1]!, true);
    expect((await check(claimIds[1]!)).map((a) => a.id)).toEqual([claimAssignment]);
    expect(await stateOf(articleAssignment!)).toBe("open");
    expect(await stateOf(otherClaim!)).toBe("open");
  });

  it("leaves withdrawn assignments and other reviewers' assignments alone", async () => {
    const [withdrawn] = await assign(ws.reviewer.userId, [claimIds[0]!]);
    await db().assignment.update({ where: { id: withdrawn! }, data: { withdrawnAt: new Date() } });
    const [others] = await assign(ws.reviewer2.userId, [claimIds[0]!]);
    await verdictRow(ws.reviewer.userId, claimIds[0]!, true);
    expect(await check(claimIds[0]!)).toEqual([]);
    expect(await stateOf(withdrawn!)).toBe("withdrawn");
    expect(await stateOf(others!)).toBe("open");
  });
});

describe("automatic completion through verdict submissions", () => {
  it("moves the assignment from the reviewer's open queue to done when the last claim is submitted, audited as theirs", async () => {
    const [assignmentId] = await assign(ws.reviewer.userId);
    await submit(ws.reviewer, claimIds[0]!);
    await submit(ws.reviewer, claimIds[1]!);
    await submit(ws.reviewer, claimIds[2]!, false);
    let queue = await listMyQueue(db(), { actor: ws.reviewer, ...scope() });
    expect(queue.open.map((a) => [a.id, a.progress])).toEqual([[assignmentId, { rated: 2, total: 3 }]]);
    expect(queue.done).toEqual([]);

    const draft = await db().verdict.findFirstOrThrow({
      where: { reviewerId: ws.reviewer.userId, claimId: claimIds[2]! },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claimIds[2]!,
      input: { ratingId, confidence: 80, submit: true, version: draft.version },
    });
    queue = await listMyQueue(db(), { actor: ws.reviewer, ...scope() });
    expect(queue.open).toEqual([]);
    expect(queue.done.map((a) => [a.id, a.state, a.progress])).toEqual([
      [assignmentId, "done", { rated: 3, total: 3 }],
    ]);
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entityId: assignmentId!, action: "assignment.complete" },
    });
    expect(entry.actorId).toBe(ws.reviewer.userId);
    expect(JSON.parse(entry.after!)).toMatchObject({ automatic: true });
  });

  it("reopens nothing when a claim is marked after automatic completion: progress shows the new unrated claim", async () => {
    const [assignmentId] = await assign(ws.reviewer.userId);
    for (const claimId of claimIds) await submit(ws.reviewer, claimId);
    expect(await stateOf(assignmentId!)).toBe("done");
    await mark("Traffic doubled");
    expect(await stateOf(assignmentId!)).toBe("done");
    const { items } = await listAssignments(db(), {
      actor: ws.editor,
      ...scope(),
      query: { article: article.articleId },
    });
    expect(items.map((a) => [a.id, a.state, a.progress])).toEqual([[assignmentId, "done", { rated: 3, total: 4 }]]);
  });
});
