// Keeps SearchEntry (the table the full-text indexes cover) in step with what it describes.
// Called inside the same transaction as the change itself.
import type { DbTx } from "../db/client";

export type SearchKind = "article" | "claim" | "note" | "source";

export interface SearchEntryInput {
  workspaceId: string;
  kind: SearchKind;
  entityId: string;
  articleId: string;
  claimId?: string | null;
  body: string;
}

export async function upsertSearchEntry(tx: DbTx, entry: SearchEntryInput): Promise<void> {
  // An entry keeps its workspace, kind, article and claim; only its body follows the entity.
  await tx.searchEntry.upsert({
    where: { entityId: entry.entityId },
    create: { ...entry, claimId: entry.claimId ?? null },
    update: { body: entry.body },
  });
}

export async function removeSearchEntries(tx: DbTx, entityIds: string[]): Promise<void> {
  if (entityIds.length) await tx.searchEntry.deleteMany({ where: { entityId: { in: entityIds } } });
}
