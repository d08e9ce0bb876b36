// Admins edit the workspace's rating scale. Changing a rating that verdicts use asks what those
// verdicts become (existingVerdicts); without an answer the change is refused with the usage count.
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadRating, recordRatingChange, usageOf } from "./rating-edits";
import { removeRatingSchema } from "./schemas";

export async function removeRating(
  db: Db,
  options: { actor: Actor; workspaceId: string; ratingId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { version, existingVerdicts } = removeRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadRating(tx, options.workspaceId, options.ratingId);
    if (before.version !== version) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    if ((await tx.rating.count({ where: { workspaceId: options.workspaceId, archivedAt: null } })) <= 1) {
      throw new AppError("conflict", "A rating scale needs at least one rating.");
    }
    const usage = await usageOf(tx, before.id);
    if (usage > 0 && !existingVerdicts) {
      throw new AppError(
        "conflict",
        `${usage} verdict${usage === 1 ? " uses" : "s use"} “${before.label}”. Choose a rating to move them to, or keep them under the removed rating.`,
        { usage, needs: "existingVerdicts" },
      );
    }
    if (usage > 0 && existingVerdicts?.action === "reassign") {
      const target = await tx.rating.findFirst({
        where: {
          id: existingVerdicts.toRatingId,
          workspaceId: options.workspaceId,
          archivedAt: null,
          NOT: { id: before.id },
        },
        select: { id: true, label: true },
      });
      if (!target)
        throw new AppError("validation_failed", "Choose another rating of this workspace to move the verdicts to.");
      const published = await tx.finalVerdict.count({ where: { ratingId: before.id, published: true } });
      if (published)
        throw new AppError(
          "locked",
          `${published} published final verdict${published === 1 ? " uses" : "s use"} this rating; unpublish them first or keep them.`,
        );
      const moved = await tx.verdict.updateMany({
        where: { ratingId: before.id },
        data: { ratingId: target.id, version: { increment: 1 } },
      });
      const movedFinal = await tx.finalVerdict.updateMany({
        where: { ratingId: before.id },
        data: { ratingId: target.id, version: { increment: 1 } },
      });
      await recordRatingChange(
        audit,
        options.workspaceId,
        member.userId,
        "rating.reassign",
        before.id,
        { rating: before.label },
        { rating: target.label, verdicts: moved.count, finalVerdicts: movedFinal.count },
      );
    }
    if (usage > 0 && existingVerdicts?.action === "keep") {
      await tx.rating.update({ where: { id: before.id }, data: { archivedAt: new Date(), version: { increment: 1 } } });
      await recordRatingChange(audit, options.workspaceId, member.userId, "rating.archive", before.id, before, {
        ...before,
        archived: true,
      });
      return { removed: before.id, archived: true };
    }
    await tx.rating.delete({ where: { id: before.id } });
    await recordRatingChange(audit, options.workspaceId, member.userId, "rating.delete", before.id, before, null);
    return { removed: before.id, archived: false };
  });
}
