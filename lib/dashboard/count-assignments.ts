// Assignment counts for the dashboard: open, overdue and done this week, for the workspace (or
// one article) and per reviewer. Withdrawn assignments count nowhere.
import type { DbTx } from "../db/client";
import { whereAssignmentState } from "../assignments/assignment-state";

export interface AssignmentCounts {
  open: number;
  overdue: number;
  doneThisWeek: number;
}

/** Monday 00:00 UTC of the week `now` falls in: "this week" is the same for every reader. */
export function startOfWeekUtc(now: Date): Date {
  const daysSinceMonday = (now.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysSinceMonday));
}

export async function countAssignments(
  db: DbTx,
  options: { workspaceId: string; articleId?: string; now: Date },
): Promise<{ total: AssignmentCounts; byAssignee: Map<string, AssignmentCounts>; weekStart: Date }> {
  const scope = {
    workspaceId: options.workspaceId,
    ...(options.articleId ? { articleId: options.articleId } : {}),
  };
  const weekStart = startOfWeekUtc(options.now);
  const [open, overdue, done] = await Promise.all([
    db.assignment.groupBy({
      by: ["assigneeId"],
      where: { ...scope, ...whereAssignmentState("open") },
      _count: { _all: true },
    }),
    db.assignment.groupBy({
      by: ["assigneeId"],
      where: { ...scope, ...whereAssignmentState("open"), dueAt: { lt: options.now } },
      _count: { _all: true },
    }),
    db.assignment.groupBy({
      by: ["assigneeId"],
      where: { ...scope, withdrawnAt: null, completedAt: { gte: weekStart, lte: options.now } },
      _count: { _all: true },
    }),
  ]);
  const byAssignee = new Map<string, AssignmentCounts>();
  const total: AssignmentCounts = { open: 0, overdue: 0, doneThisWeek: 0 };
  const add = (groups: { assigneeId: string; _count: { _all: number } }[], field: keyof AssignmentCounts) => {
    for (const group of groups) {
      const counts = byAssignee.get(group.assigneeId) ?? { open: 0, overdue: 0, doneThisWeek: 0 };
      counts[field] += group._count._all;
      total[field] += group._count._all;
      byAssignee.set(group.assigneeId, counts);
    }
  };
  add(open, "open");
  add(overdue, "overdue");
  add(done, "doneThisWeek");
  return { total, byAssignee, weekStart };
}
