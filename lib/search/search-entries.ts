// Keeps SearchEntry (the table the full-text indexes cover) in step with what it describes.
// Called inside the same transaction as the change itself.
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

export type SearchKind = "article" | "claim" | "note" | "source";

export interface SearchEntryInput {
  workspaceId: string;
  kind: SearchKind;
  entityId: string;
  articleId: string;
  claimId?: string | null;
  body: string;
}

export async function upsertSearchEntry(tx: DbTx | SqlTx, entry: SearchEntryInput): Promise<void> {
  // The statement Prisma's upsert sends, written out: Prisma's own cost about three times its
  // CPU, on the path of every note, source, claim and article write. An entry keeps its
  // workspace, kind, article and claim; only its body (and time) follow the entity.
  const updatedAt = new Date();
  await sqlOf(tx).run(
    `INSERT INTO "SearchEntry" ("workspaceId", "kind", "entityId", "articleId", "claimId", "body", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT ("entityId") DO UPDATE SET "body" = excluded."body", "updatedAt" = excluded."updatedAt"`,
    [entry.workspaceId, entry.kind, entry.entityId, entry.articleId, entry.claimId ?? null, entry.body, updatedAt],
  );
}

export async function removeSearchEntries(tx: DbTx, entityIds: string[]): Promise<void> {
  if (entityIds.length) await tx.searchEntry.deleteMany({ where: { entityId: { in: entityIds } } });
}
