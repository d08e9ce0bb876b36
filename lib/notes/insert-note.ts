// Inserts one note row and answers its snapshot (noteSnapshotSelect's fields, in its order)
// without reading it back. Raw SQL: this is on the path of every note, and Prisma's create cost
// about twice this statement's CPU. The row is the one Prisma would write: a random UUID v4 id
// (the schema's uuid()), both times set now as Prisma stores them, version 1.
import { randomUUID } from "node:crypto";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

export async function insertNote(
  tx: DbTx | SqlTx,
  note: { workspaceId: string; claimId: string; authorId: string; body: string; replyToId: string | null },
) {
  const id = randomUUID();
  const now = new Date();
  await sqlOf(tx).run(
    `INSERT INTO "Note" ("id", "workspaceId", "claimId", "authorId", "body", "replyToId", "createdAt", "updatedAt", "version")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    [id, note.workspaceId, note.claimId, note.authorId, note.body, note.replyToId, now, now],
  );
  return {
    id,
    claimId: note.claimId,
    authorId: note.authorId,
    body: note.body,
    replyToId: note.replyToId,
    deletedAt: null as Date | null,
    version: 1,
  };
}
