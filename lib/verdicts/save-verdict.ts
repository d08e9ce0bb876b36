// A reviewer's own verdict on a claim: saved as a draft or submitted. Optimistic concurrency:
// an edit names the version it started from; if someone (the same reviewer in another tab, or
// an API client) changed it meanwhile, the write is refused with the current state.
import { completeFinishedAssignments } from "../assignments/complete-finished-assignments";
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db, DbTx } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { notifyVerdictSubmitted } from "../notifications/notify";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadClaimForVerdict } from "./load-claim-for-verdict";
import { saveVerdictSchema } from "./schemas";
import { savedVerdictSnapshot } from "./verdict-snapshot";

export async function saveVerdict(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "verdict.submit", { ownerId: member.userId });
  const input = saveVerdictSchema.parse(options.input);
  try {
    return await writeWithAudit(db, async (tx, audit) => {
      const claim = await loadClaimForVerdict(tx, {
        workspaceId: options.workspaceId,
        claimId: options.claimId,
        reviewerId: member.userId,
        ratingId: input.ratingId,
      });
      if (claim.published)
        throw new AppError(
          "locked",
          "The final verdict on this claim is published; verdicts are locked until an editor unpublishes it.",
        );
      if (claim.ratingLabel === null)
        throw new AppError("validation_failed", "Choose a rating from the workspace's scale.", {
          fields: { ratingId: ["Choose a rating from the scale."] },
        });
      const sourceIds = [...new Set(input.sourceIds)].sort();
      if (sourceIds.length && (await countClaimSources(tx, claim.id, sourceIds)) !== sourceIds.length) {
        throw new AppError("validation_failed", "Linked sources must be sources of this claim.", {
          fields: { sourceIds: ["Only this claim's sources can be linked."] },
        });
      }
      const before = claim.verdict;
      const fields = { ratingId: input.ratingId, confidence: input.confidence, rationale: input.rationale };
      let saved: { id: string; submittedAt: Date | null; version: number };
      if (!before) {
        if (input.version !== undefined)
          throw new AppError("conflict", "This verdict was deleted meanwhile. Save it again as a new verdict.");
        saved = await tx.verdict.create({
          data: {
            ...fields,
            workspaceId: options.workspaceId,
            claimId: claim.id,
            reviewerId: member.userId,
            submittedAt: input.submit ? new Date() : null,
            sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
          },
          select: { id: true, submittedAt: true, version: true },
        });
      } else {
        if (input.version === undefined || input.version !== before.version) {
          throw await staleWrite(tx, "verdict", await lastEditorOf(tx, before.id), before);
        }
        // A submitted verdict cannot go back to a draft: the others may already have read it.
        if (before.submittedAt && !input.submit)
          throw new AppError(
            "conflict",
            "This verdict is already submitted and cannot become a draft again. Send submit: true (or leave it out) to change it.",
            { current: before },
          );
        const submittedAt = before.submittedAt ?? (input.submit ? new Date() : null);
        // The version in the where is the optimistic concurrency check.
        const updated = await tx.verdict.updateMany({
          where: { id: before.id, version: input.version },
          data: { ...fields, submittedAt, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw await staleWrite(tx, "verdict", await lastEditorOf(tx, before.id), before);
        saved = { id: before.id, submittedAt, version: before.version + 1 };
        // Links are rewritten only when they change (most saves keep them).
        if (!sameIds(before.sourceIds, sourceIds)) {
          await tx.verdictSource.deleteMany({ where: { verdictId: saved.id } });
          await tx.verdictSource.createMany({ data: sourceIds.map((sourceId) => ({ verdictId: saved.id, sourceId })) });
        }
      }
      const after = savedVerdictSnapshot(
        { ...saved, claimId: claim.id, reviewerId: member.userId },
        fields,
        claim.ratingLabel,
        sourceIds,
      );
      const action = !before
        ? after.submittedAt
          ? "verdict.submit"
          : "verdict.draft"
        : !before.submittedAt && after.submittedAt
          ? "verdict.submit"
          : "verdict.update";
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action,
        entityType: "verdict",
        entityId: saved.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before,
        after,
      });
      await refreshClaimStatus(tx, audit, claim.id, member.userId);
      if (after.submittedAt && (action === "verdict.submit" || before?.ratingId !== input.ratingId))
        await notifyVerdictSubmitted(
          { tx, audit, workspaceId: options.workspaceId, actorId: member.userId },
          { claimId: claim.id, articleId: claim.articleId, ratingId: input.ratingId },
        );
      // The submission that finishes an assignment completes it in the same transaction.
      if (action === "verdict.submit") {
        await completeFinishedAssignments(tx, audit, {
          workspaceId: options.workspaceId,
          articleId: claim.articleId,
          claimId: claim.id,
          assigneeId: member.userId,
        });
      }
      return after;
    });
  } catch (error) {
    // Two first verdicts by the same reviewer at once: the loser sees the winner's.
    if (isUniqueConstraintError(error))
      throw new AppError(
        "conflict",
        "Your verdict on this claim was saved from somewhere else meanwhile. Reload and try again.",
      );
    throw error;
  }
}

/** How many of these sources are this claim's (each id once). */
function countClaimSources(tx: DbTx, claimId: string, sourceIds: string[]): Promise<number> {
  return tx.source.count({ where: { claimId, id: { in: sourceIds } } });
}

/** Both sorted. */
function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
