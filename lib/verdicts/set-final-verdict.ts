// An editor settles a claim: the final rating and a public summary. Publishing locks it (and the
// reviewers' verdicts) until an editor unpublishes, and records the claim's words it rates
// (publishedExact): an edit that changes them unpublishes it (revise-article.ts).
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { loadClaimInWorkspace, staleWrite } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { notifyVerdictPublished } from "../notifications/notify";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { finalVerdictSnapshot } from "./final-verdict-snapshot";
import { holdWordsForPublishing } from "./hold-words-for-publishing";
import { describeCorrection, parsePublishedState, readPublishedState } from "./published-state";
import { publishFinalVerdictSchema, setFinalVerdictSchema } from "./schemas";

export async function setFinalVerdict(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "final_verdict.set");
  const input = setFinalVerdictSchema.parse(options.input);
  try {
    return await writeWithAudit(db, async (tx, audit) => {
      const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
      const rating = await tx.rating.findFirst({
        where: { id: input.ratingId, workspaceId: options.workspaceId, archivedAt: null },
        select: { id: true },
      });
      if (!rating)
        throw new AppError("validation_failed", "Choose a rating from the workspace's scale.", {
          fields: { ratingId: ["Choose a rating from the scale."] },
        });
      const before = await finalVerdictSnapshot(tx, claim.id);
      if (before?.published)
        throw new AppError("locked", "This final verdict is published. Unpublish it before changing it.", {
          current: before,
        });
      if (before) {
        if (input.version !== before.version)
          throw await staleWrite(tx, "final verdict", await lastEditorOf(tx, before.id), before);
        const updated = await tx.finalVerdict.updateMany({
          where: { id: before.id, version: before.version, published: false },
          data: {
            ratingId: rating.id,
            summary: input.summary,
            ...(input.claimReviewed !== undefined ? { claimReviewed: input.claimReviewed } : {}),
            editorId: member.userId,
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) throw await staleWrite(tx, "final verdict", await lastEditorOf(tx, before.id), before);
      } else {
        await tx.finalVerdict.create({
          data: {
            workspaceId: options.workspaceId,
            claimId: claim.id,
            editorId: member.userId,
            ratingId: rating.id,
            summary: input.summary,
            claimReviewed: input.claimReviewed ?? null,
          },
        });
      }
      const after = (await finalVerdictSnapshot(tx, claim.id))!;
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: before ? "final_verdict.update" : "final_verdict.create",
        entityType: "final_verdict",
        entityId: after.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: before ?? undefined,
        after,
      });
      await refreshClaimStatus(tx, audit, claim.id, member.userId);
      return after;
    });
  } catch (error) {
    if (isUniqueConstraintError(error))
      throw new AppError("conflict", "Another editor set a final verdict on this claim meanwhile. Reload to see it.");
    throw error;
  }
}

export async function setFinalVerdictPublished(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "final_verdict.publish");
  const input = publishFinalVerdictSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const before = await finalVerdictSnapshot(tx, claim.id);
    if (!before) throw new AppError("conflict", "Set a final verdict before publishing it.");
    if (before.version !== input.version)
      throw await staleWrite(tx, "final verdict", await lastEditorOf(tx, before.id), before);
    if (before.published === input.published) return before;
    const words = input.published
      ? await holdWordsForPublishing(tx, audit, { workspaceId: options.workspaceId, actorId: member.userId, claim })
      : before.publishedExact;
    const now = new Date();
    const state = input.published ? await readPublishedState(tx, claim.id) : null;
    const { publishedState: previousJson } = await tx.finalVerdict.findUniqueOrThrow({
      where: { id: before.id },
      select: { publishedState: true },
    });
    const updated = await tx.finalVerdict.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        published: input.published,
        publishedAt: input.published ? now : null,
        // Unpublishing keeps the words it was last published on, for the record.
        publishedExact: words,
        ...(state ? { publishedState: JSON.stringify(state), firstPublishedAt: before.firstPublishedAt ?? now } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "final verdict", await lastEditorOf(tx, before.id), before);
    // Publishing again after a first publication is a correction: readers see what changed.
    const previous = parsePublishedState(previousJson);
    if (state && before.firstPublishedAt) {
      const description = input.correction || (previous ? describeCorrection(previous, state) : null);
      if (description)
        await tx.finalVerdictCorrection.create({
          data: { workspaceId: options.workspaceId, finalVerdictId: before.id, description, createdAt: now },
        });
    }
    const after = (await finalVerdictSnapshot(tx, claim.id))!;
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: input.published ? "final_verdict.publish" : "final_verdict.unpublish",
      entityType: "final_verdict",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before,
      after,
    });
    if (input.published)
      await notifyVerdictPublished({ tx, audit, workspaceId: options.workspaceId, actorId: member.userId }, claim);
    return after;
  });
}
