import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ratingSelect, recordRatingChange } from "./rating-edits";
import { addRatingSchema } from "./schemas";

export async function addRating(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const input = addRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const last = await tx.rating.aggregate({ where: { workspaceId: options.workspaceId }, _max: { position: true } });
    const rating = await tx.rating.create({
      data: { ...input, workspaceId: options.workspaceId, position: (last._max.position ?? -1) + 1 },
      select: ratingSelect,
    });
    await recordRatingChange(audit, options.workspaceId, member.userId, "rating.create", rating.id, null, rating);
    return rating;
  });
}
