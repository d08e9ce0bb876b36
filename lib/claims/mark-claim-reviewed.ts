// "Needs re-review" (Claim.needsReviewReason) is set when an edit of the article changes or
// removes the words of a claim whose final verdict was published (revise-article.ts). An editor
// clears it by publishing the verdict again or, having looked, by marking the claim reviewed.
import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { markClaimReviewedSchema } from "./schemas";

/** Records that `actorId` cleared the claim's re-review flag (the caller has written the null). */
export async function recordReviewCleared(
  audit: AuditTrail,
  entry: { workspaceId: string; actorId: string; articleId: string; claimId: string; reason: string },
): Promise<void> {
  await audit.record({
    workspaceId: entry.workspaceId,
    actorId: entry.actorId,
    action: "claim.mark_reviewed",
    entityType: "claim",
    entityId: entry.claimId,
    articleId: entry.articleId,
    claimId: entry.claimId,
    before: { needsReviewReason: entry.reason },
    after: { needsReviewReason: null },
  });
}

export async function markClaimReviewed(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
): Promise<{ id: string; needsReviewReason: null; version: number }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "final_verdict.publish");
  const input = markClaimReviewedSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const current = await reviewState(tx, claim.id);
    // Already clear (another editor, or a re-publish): nothing to record, whatever the version.
    if (current.needsReviewReason === null) return { ...current, needsReviewReason: null };
    if (current.version !== input.version)
      throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), current);
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: { needsReviewReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), current);
    await recordReviewCleared(audit, {
      workspaceId: options.workspaceId,
      actorId: member.userId,
      articleId: claim.articleId,
      claimId: claim.id,
      reason: current.needsReviewReason,
    });
    return { id: claim.id, needsReviewReason: null, version: current.version + 1 };
  });
}

function reviewState(tx: DbTx, claimId: string) {
  return tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { id: true, needsReviewReason: true, version: true },
  });
}
