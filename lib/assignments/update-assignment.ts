// An editor hands an open assignment to another reviewer or moves its due date. Optimistic
// concurrency: the change names the version it started from.
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { isRole, roleAtLeast } from "../permissions/roles";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ASSIGNMENT_SNAPSHOT } from "./assignment-state";
import { assertOpen, loadAssignmentInWorkspace } from "./load-assignment";
import { updateAssignmentSchema } from "./schemas";

export async function updateAssignment(
  db: Db,
  options: { actor: Actor; workspaceId: string; assignmentId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "assignment.update");
  const { version, ...change } = updateAssignmentSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadAssignmentInWorkspace(tx, options.workspaceId, options.assignmentId);
    assertOpen(before, "changed");
    if (before.version !== version) throw await staleWrite(tx, "assignment", await lastEditorOf(tx, before.id), before);
    if (change.assigneeId !== undefined && change.assigneeId !== before.assigneeId) {
      const assignee = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: options.workspaceId, userId: change.assigneeId } },
        select: { role: true },
      });
      if (!assignee || !isRole(assignee.role) || !roleAtLeast(assignee.role, "reviewer"))
        throw new AppError("validation_failed", "Assign a member who can review (a reviewer, editor or admin).", {
          fields: { assigneeId: ["Only reviewers, editors and admins can be assigned."] },
        });
    }
    // The version in the where is the check against a change made since the read above.
    const updated = await tx.assignment.updateMany({
      where: { id: before.id, version },
      data: { ...change, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "assignment", await lastEditorOf(tx, before.id), before);
    const after = await tx.assignment.findUniqueOrThrow({ where: { id: before.id }, select: ASSIGNMENT_SNAPSHOT });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: after.assigneeId !== before.assigneeId ? "assignment.reassign" : "assignment.update",
      entityType: "assignment",
      entityId: before.id,
      articleId: before.articleId,
      claimId: before.claimId,
      before,
      after,
    });
    return after;
  });
}
