// Loads an assignment for a write, inside the actor's workspace only ("not yours" = "not found").
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { ASSIGNMENT_SNAPSHOT, assignmentStateOf, type AssignmentSnapshot } from "./assignment-state";

export async function loadAssignmentInWorkspace(
  tx: DbTx,
  workspaceId: string,
  assignmentId: string,
): Promise<AssignmentSnapshot> {
  if (typeof assignmentId !== "string" || !assignmentId) throw assignmentNotFound();
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, workspaceId },
    select: ASSIGNMENT_SNAPSHOT,
  });
  if (!assignment) throw assignmentNotFound();
  return assignment;
}

export function assignmentNotFound(): AppError {
  return new AppError("not_found", "Assignment not found.");
}

/** Refuses a change to an assignment that is already done or withdrawn. */
export function assertOpen(assignment: AssignmentSnapshot, change: string): void {
  const state = assignmentStateOf(assignment);
  if (state === "open") return;
  throw new AppError(
    "conflict",
    state === "done"
      ? `This assignment is already done; it cannot be ${change}.`
      : `This assignment was withdrawn; it cannot be ${change}.`,
    { current: assignment },
  );
}
