import { describe, expect, it } from "vitest";
import { summarizeOpenAssignments } from "./article-assignment-summaries";

const now = new Date("2026-12-10T12:00:00Z");
const d = (day: number) => new Date(`2026-12-${String(day).padStart(2, "0")}T23:59:59Z`);
const rosa = { assigneeId: "rosa", assigneeName: "Rosa" };
const sam = { assigneeId: "sam", assigneeName: "Sam" };

describe("open assignments per article and reviewer", () => {
  it("makes one line per reviewer: claim assignments add up, with the earliest due date", () => {
    const lines = summarizeOpenAssignments(
      [
        { ...rosa, articleId: "a1", claimId: "c1", dueAt: d(12), progress: { rated: 1, total: 1 } },
        { ...rosa, articleId: "a1", claimId: "c2", dueAt: d(11), progress: { rated: 0, total: 1 } },
        { ...sam, articleId: "a1", claimId: null, dueAt: null, progress: { rated: 2, total: 5 } },
        { ...rosa, articleId: "a2", claimId: null, dueAt: d(9), progress: { rated: 0, total: 3 } },
      ],
      now,
    );
    expect(lines.get("a1")).toEqual([
      { ...rosa, scope: "claims", dueAt: d(11), overdue: false, progress: { rated: 1, total: 2 } },
      { ...sam, scope: "article", dueAt: null, overdue: false, progress: { rated: 2, total: 5 } },
    ]);
    expect(lines.get("a2")).toEqual([
      { ...rosa, scope: "article", dueAt: d(9), overdue: true, progress: { rated: 0, total: 3 } },
    ]);
  });

  it("lets an assignment of the whole article cover the reviewer's claim assignments on it", () => {
    const lines = summarizeOpenAssignments(
      [
        { ...rosa, articleId: "a1", claimId: "c1", dueAt: d(8), progress: { rated: 1, total: 1 } },
        { ...rosa, articleId: "a1", claimId: null, dueAt: d(20), progress: { rated: 1, total: 4 } },
        { ...rosa, articleId: "a1", claimId: "c2", dueAt: null, progress: { rated: 0, total: 1 } },
      ],
      now,
    );
    expect(lines.get("a1")).toEqual([
      { ...rosa, scope: "article", dueAt: d(8), overdue: true, progress: { rated: 1, total: 4 } },
    ]);
  });
});
