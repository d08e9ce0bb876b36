import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { recordRatingChange } from "./rating-edits";
import { reorderRatingsSchema } from "./schemas";

export async function reorderRatings(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { ratingIds } = reorderRatingsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const active = await tx.rating.findMany({
      where: { workspaceId: options.workspaceId, archivedAt: null },
      select: { id: true, label: true },
      orderBy: { position: "asc" },
    });
    if (active.length !== ratingIds.length || !active.every((r) => ratingIds.includes(r.id))) {
      throw new AppError("validation_failed", "List every rating of the scale exactly once.");
    }
    for (const [position, id] of ratingIds.entries())
      await tx.rating.update({ where: { id }, data: { position, version: { increment: 1 } } });
    const labels = new Map(active.map((r) => [r.id, r.label]));
    await recordRatingChange(
      audit,
      options.workspaceId,
      member.userId,
      "rating.reorder",
      options.workspaceId,
      { order: active.map((r) => r.label) },
      { order: ratingIds.map((id) => labels.get(id)) },
    );
  });
}
