import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { purgeItemsIn, trashItemSelect } from "./purge-expired";

/** An admin drops a trash item for good now (with what depended on it); answers how many items went. */
export async function purgeTrashItem(
  db: Db,
  options: { actor: Actor; workspaceId: string; itemId: string },
): Promise<{ purged: number }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "trash.purge");
  return writeWithAudit(db, async (tx, audit) => {
    const item =
      typeof options.itemId === "string" && options.itemId
        ? await tx.trashItem.findFirst({
            where: { id: options.itemId, workspaceId: options.workspaceId },
            select: trashItemSelect,
          })
        : null;
    const purged = item ? await purgeItemsIn(tx, audit, [item], { actorId: member.userId, automatic: false }) : 0;
    if (purged === 0) throw new AppError("not_found", "This item is no longer in the trash.");
    return { purged };
  });
}
