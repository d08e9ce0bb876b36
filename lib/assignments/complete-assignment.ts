// The assignee (or an editor) marks an assignment done by hand: the work was finished outside
// Margin, or some claims cannot be rated (their final verdict was published first).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ASSIGNMENT_SNAPSHOT, assignmentStateOf, whereAssignmentState } from "./assignment-state";
import { assertOpen, loadAssignmentInWorkspace } from "./load-assignment";

export async function completeAssignment(db: Db, options: { actor: Actor; workspaceId: string; assignmentId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadAssignmentInWorkspace(tx, options.workspaceId, options.assignmentId);
    assertCan(member, "assignment.complete", { ownerId: before.assigneeId });
    // Marking done twice (two tabs, a retry) answers with the assignment as it is.
    if (assignmentStateOf(before) === "done") return before;
    assertOpen(before, "marked done");
    // Only while still open: a concurrent close (done, withdrawn) makes this one a no-op, answered below.
    const changed = await tx.assignment.updateMany({
      where: { id: before.id, ...whereAssignmentState("open") },
      data: { completedAt: new Date(), version: { increment: 1 } },
    });
    const after = await tx.assignment.findUniqueOrThrow({ where: { id: before.id }, select: ASSIGNMENT_SNAPSHOT });
    if (changed.count !== 1) {
      if (assignmentStateOf(after) !== "done") assertOpen(after, "marked done");
      return after;
    }
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "assignment.complete",
      entityType: "assignment",
      entityId: before.id,
      articleId: before.articleId,
      claimId: before.claimId,
      before,
      after: { ...after, automatic: false },
    });
    return after;
  });
}
