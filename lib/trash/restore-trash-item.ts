import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { parsePayload } from "./payload";
import { purgeExpiredTrash } from "./purge-expired";
import { restoreArticle } from "./restore-article";
import { restoreClaim } from "./restore-claim";
import { restoreNote } from "./restore-note";
import { restoreSource } from "./restore-source";

export interface RestoredItem {
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
}

/**
 * Puts a trashed article, claim, note or source back where it was, with the same ids and times,
 * so links, URLs and its history keep working. A note or source whose claim (or a claim whose
 * article) is itself in the trash is refused with a message to restore that first.
 */
export async function restoreTrashItem(
  db: Db,
  options: { actor: Actor; workspaceId: string; itemId: string; now?: Date },
): Promise<RestoredItem> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "trash.restore");
  await purgeExpiredTrash(db, { workspaceId: options.workspaceId, now: options.now ?? new Date() });
  return writeWithAudit(db, async (tx, audit) => {
    const item =
      typeof options.itemId === "string" && options.itemId
        ? await tx.trashItem.findFirst({ where: { id: options.itemId, workspaceId: options.workspaceId } })
        : null;
    // Deleted first: of two people restoring at once, the second finds nothing (and writes nothing).
    const taken = item ? await tx.trashItem.deleteMany({ where: { id: item.id } }) : { count: 0 };
    if (!item || taken.count !== 1) throw new AppError("not_found", "This item is no longer in the trash.");
    const context = { tx, audit, workspaceId: options.workspaceId, actorId: member.userId };
    const payload = parsePayload(item.payload);
    if (payload.kind === "claim") await restoreClaim(context, payload.graph);
    else if (payload.kind === "note") await restoreNote(context, payload);
    else if (payload.kind === "source") await restoreSource(context, payload);
    else await restoreArticle(context, payload);
    return { entityType: item.entityType, entityId: item.entityId, articleId: item.articleId, claimId: item.claimId };
  });
}
