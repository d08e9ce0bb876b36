// Keeps a deleted entity in the trash, inside the transaction that deletes it.
import type { DbTx } from "../db/client";
import { serializePayload, type TrashPayload } from "./payload";
import { purgeAfterOf } from "./retention";

export type TrashEntityType = "article" | "claim" | "note" | "source";

const LABEL_MAX = 160;

/** What the trash list shows of an entity: its first words, on one line. */
export function trashLabel(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > LABEL_MAX ? `${line.slice(0, LABEL_MAX - 1)}…` : line;
}

export async function putInTrash(
  tx: DbTx,
  item: {
    workspaceId: string;
    entityType: TrashEntityType;
    entityId: string;
    articleId: string | null;
    claimId: string | null;
    label: string;
    payload: TrashPayload;
    deletedById: string;
    deletedAt?: Date;
  },
): Promise<{ id: string; purgeAfter: Date }> {
  const deletedAt = item.deletedAt ?? new Date();
  return tx.trashItem.create({
    data: {
      workspaceId: item.workspaceId,
      entityType: item.entityType,
      entityId: item.entityId,
      articleId: item.articleId,
      claimId: item.claimId,
      label: trashLabel(item.label) || `(empty ${item.entityType})`,
      payload: serializePayload(item.payload),
      deletedById: item.deletedById,
      deletedAt,
      purgeAfter: purgeAfterOf(deletedAt),
    },
    select: { id: true, purgeAfter: true },
  });
}
