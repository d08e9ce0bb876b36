// Where an assignment stands. Done and withdrawn are final: a withdrawn assignment cannot be
// marked done, nor a done one withdrawn.
import type { Prisma } from "../db/client";

export const ASSIGNMENT_STATES = ["open", "done", "withdrawn"] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export function assignmentStateOf(row: { completedAt: Date | null; withdrawnAt: Date | null }): AssignmentState {
  if (row.withdrawnAt) return "withdrawn";
  return row.completedAt ? "done" : "open";
}

export function whereAssignmentState(state: AssignmentState): Prisma.AssignmentWhereInput {
  if (state === "open") return { completedAt: null, withdrawnAt: null };
  if (state === "done") return { completedAt: { not: null }, withdrawnAt: null };
  return { withdrawnAt: { not: null } };
}

/** An open assignment is overdue once its due moment has passed. */
export function isOverdue(row: { dueAt: Date | null; completedAt: Date | null; withdrawnAt: Date | null }, now: Date) {
  return assignmentStateOf(row) === "open" && row.dueAt !== null && row.dueAt < now;
}

/** What the audit log keeps of an assignment, before and after a change. */
export const ASSIGNMENT_SNAPSHOT = {
  id: true,
  articleId: true,
  claimId: true,
  assigneeId: true,
  dueAt: true,
  completedAt: true,
  withdrawnAt: true,
  version: true,
} as const satisfies Prisma.AssignmentSelect;
export type AssignmentSnapshot = Prisma.AssignmentGetPayload<{ select: typeof ASSIGNMENT_SNAPSHOT }>;
