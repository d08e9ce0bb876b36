// Automatic completion: once the assignee has submitted a verdict on the assigned claim, or on
// every claim of the assigned article, the assignment is done. Runs inside the transaction of
// the verdict submission that finishes the work, so the two commit together. Drafts do not count.
// Claims marked later reopen nothing: the article's progress shows them as not yet rated.
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { ASSIGNMENT_SNAPSHOT, whereAssignmentState, type AssignmentSnapshot } from "./assignment-state";

export async function completeFinishedAssignments(
  tx: DbTx,
  audit: AuditTrail,
  options: { workspaceId: string; articleId: string; claimId: string; assigneeId: string },
): Promise<AssignmentSnapshot[]> {
  const { workspaceId, articleId, claimId, assigneeId } = options;
  const open = await tx.assignment.findMany({
    where: {
      workspaceId,
      articleId,
      assigneeId,
      ...whereAssignmentState("open"),
      OR: [{ claimId: null }, { claimId }],
    },
    select: ASSIGNMENT_SNAPSHOT,
  });
  if (!open.length) return [];
  const submitted = { reviewerId: assigneeId, submittedAt: { not: null } };
  const claimRated = (await tx.verdict.count({ where: { claimId, ...submitted } })) > 0;
  let articleRated: boolean | undefined;
  const completed: AssignmentSnapshot[] = [];
  for (const before of open) {
    const finished = before.claimId
      ? claimRated
      : (articleRated ??=
          claimRated && (await tx.claim.count({ where: { articleId, verdicts: { none: submitted } } })) === 0);
    if (!finished) continue;
    const completedAt = new Date();
    const changed = await tx.assignment.updateMany({
      where: { id: before.id, ...whereAssignmentState("open") },
      data: { completedAt, version: { increment: 1 } },
    });
    if (changed.count !== 1) continue;
    const after = { ...before, completedAt, version: before.version + 1 };
    await audit.record({
      workspaceId,
      actorId: assigneeId,
      action: "assignment.complete",
      entityType: "assignment",
      entityId: before.id,
      articleId,
      claimId: before.claimId,
      before,
      after: { ...after, automatic: true },
    });
    completed.push(after);
  }
  return completed;
}
