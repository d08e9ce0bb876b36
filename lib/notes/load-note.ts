import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { noteSnapshotSelect } from "./note-snapshot";

/** A live note for a write, inside the actor's workspace only ("not yours" = "not found"). */
export async function loadNote(tx: DbTx, workspaceId: string, noteId: string) {
  const note = await tx.note.findFirst({
    where: { id: noteId, workspaceId, deletedAt: null },
    select: { ...noteSnapshotSelect, claim: { select: { articleId: true } } },
  });
  if (!note) throw new AppError("not_found", "Note not found.");
  return note;
}
