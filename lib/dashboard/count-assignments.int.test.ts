// The dashboard's assignment counts: open, overdue, done this week, for the workspace, one
// article, and each reviewer; withdrawn assignments count nowhere.
import { describe, expect, it } from "vitest";
import { completeAssignment } from "../assignments/complete-assignment";
import { createAssignments } from "../assignments/create-assignments";
import { withdrawAssignment } from "../assignments/withdraw-assignment";
import { makeArticle, makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { getDashboard } from "./get-dashboard";

const db = () => testDb().db;
// A Wednesday: the week began on Monday 7 December 2026, 00:00 UTC.
const NOW = new Date("2026-12-09T12:00:00Z");

describe("dashboard assignment counts", () => {
  it("counts open, overdue and done-this-week assignments, per reviewer and per article", async () => {
    const ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const first = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Rents rose 8%."], "First");
    const second = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Wages rose 3%."], "Second");
    const assign = async (articleId: string, assigneeId: string, dueAt?: string) => {
      const [created] = await createAssignments(db(), {
        actor: ws.editor,
        ...scope,
        input: { articleId, assigneeIds: [assigneeId], ...(dueAt ? { dueAt } : {}) },
      });
      return created!.id;
    };
    const doneAt = async (id: string, completedAt: Date) => {
      await completeAssignment(db(), { actor: ws.editor, ...scope, assignmentId: id });
      await db().assignment.update({ where: { id }, data: { completedAt } });
    };
    await assign(first.articleId, ws.reviewer.userId, "2026-12-08"); // overdue
    await assign(second.articleId, ws.reviewer.userId, "2026-12-10"); // open, due tomorrow
    await assign(first.articleId, ws.reviewer2.userId); // open, no due date
    await doneAt(await assign(first.articleId, ws.reviewer2.userId), new Date("2026-12-07T00:00:00Z")); // this week
    await doneAt(await assign(second.articleId, ws.reviewer.userId), new Date("2026-12-06T23:59:59Z")); // last week
    const withdrawn = await assign(second.articleId, ws.reviewer2.userId, "2026-12-01");
    await withdrawAssignment(db(), { actor: ws.editor, ...scope, assignmentId: withdrawn });

    const all = await getDashboard(db(), { actor: ws.editor, ...scope, now: NOW });
    expect(all.assignments).toEqual({
      open: 3,
      overdue: 1,
      doneThisWeek: 1,
      weekStart: new Date("2026-12-07T00:00:00Z"),
    });
    const row = (userId: string) => {
      const found = all.workload.find((r) => r.userId === userId)!;
      return [found.openAssignments, found.overdue, found.doneThisWeek];
    };
    expect(row(ws.reviewer.userId)).toEqual([2, 1, 0]);
    expect(row(ws.reviewer2.userId)).toEqual([1, 0, 1]);
    expect(row(ws.editor.userId)).toEqual([0, 0, 0]);

    const one = await getDashboard(db(), { actor: ws.editor, ...scope, articleId: second.articleId, now: NOW });
    expect(one.assignments).toMatchObject({ open: 1, overdue: 0, doneThisWeek: 0 });
  });
});
