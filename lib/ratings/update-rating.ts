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
import { loadRating, ratingSelect, recordRatingChange, usageOf } from "./rating-edits";
import { updateRatingSchema } from "./schemas";

export async function updateRating(
  db: Db,
  options: { actor: Actor; workspaceId: string; ratingId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { version, existingVerdicts, ...fields } = updateRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadRating(tx, options.workspaceId, options.ratingId);
    if (before.version !== version) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    const renamed =
      fields.label !== before.label ||
      fields.ordinal !== before.ordinal ||
      fields.claimReviewValue !== before.claimReviewValue;
    const usage = renamed ? await usageOf(tx, before.id) : 0;
    if (usage > 0 && !existingVerdicts) {
      throw new AppError(
        "conflict",
        `${usage} verdict${usage === 1 ? " uses" : "s use"} “${before.label}”. Choose whether they follow the change or keep the old rating.`,
        { usage, needs: "existingVerdicts" },
      );
    }
    if (usage > 0 && existingVerdicts === "keep") {
      // The old rating stays, archived, on existing verdicts; the changed one is new.
      await tx.rating.update({ where: { id: before.id }, data: { archivedAt: new Date(), version: { increment: 1 } } });
      const replacement = await tx.rating.create({
        data: { ...fields, workspaceId: options.workspaceId, position: before.position },
        select: ratingSelect,
      });
      await recordRatingChange(audit, options.workspaceId, member.userId, "rating.archive", before.id, before, {
        ...before,
        archived: true,
      });
      await recordRatingChange(
        audit,
        options.workspaceId,
        member.userId,
        "rating.create",
        replacement.id,
        null,
        replacement,
      );
      return replacement;
    }
    const updated = await tx.rating.updateMany({
      where: { id: before.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    const after = await tx.rating.findUniqueOrThrow({ where: { id: before.id }, select: ratingSelect });
    await recordRatingChange(audit, options.workspaceId, member.userId, "rating.update", before.id, before, after);
    return after;
  });
}
