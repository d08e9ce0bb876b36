// An editor withdraws an open assignment: it leaves the assignee's queue and stops counting as
// open work; it stays in the record (state "withdrawn").
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ASSIGNMENT_SNAPSHOT, assignmentStateOf, whereAssignmentState } from "./assignment-state";
import { assertOpen, loadAssignmentInWorkspace } from "./load-assignment";

export async function withdrawAssignment(db: Db, options: { actor: Actor; workspaceId: string; assignmentId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "assignment.withdraw");
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadAssignmentInWorkspace(tx, options.workspaceId, options.assignmentId);
    if (assignmentStateOf(before) === "withdrawn") return before;
    assertOpen(before, "withdrawn");
    // Only while still open: a concurrent close (done, withdrawn) makes this one a no-op, answered below.
    const changed = await tx.assignment.updateMany({
      where: { id: before.id, ...whereAssignmentState("open") },
      data: { withdrawnAt: new Date(), version: { increment: 1 } },
    });
    const after = await tx.assignment.findUniqueOrThrow({ where: { id: before.id }, select: ASSIGNMENT_SNAPSHOT });
    if (changed.count !== 1) {
      if (assignmentStateOf(after) !== "withdrawn") assertOpen(after, "withdrawn");
      return after;
    }
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "assignment.withdraw",
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
