import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db, DbTx } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { removeSearchEntries, upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { noteSnapshotSelect } from "./note-snapshot";
import { deleteNoteSchema, updateNoteSchema } from "./schemas";

async function loadNote(tx: DbTx, workspaceId: string, noteId: string) {
  const note = await tx.note.findFirst({
    where: { id: noteId, workspaceId, deletedAt: null },
    select: { ...noteSnapshotSelect, claim: { select: { articleId: true } } },
  });
  if (!note) throw new AppError("not_found", "Note not found.");
  return note;
}

/** Authors edit their own notes; nobody edits someone else's words. */
export async function updateNote(
  db: Db,
  options: { actor: Actor; workspaceId: string; noteId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = updateNoteSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const { claim, ...before } = await loadNote(tx, options.workspaceId, options.noteId);
    assertCan(member, "note.update", { ownerId: before.authorId });
    const updated = await tx.note.updateMany({
      where: { id: before.id, version: input.version, deletedAt: null },
      data: { body: input.body, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "note", await lastEditorOf(tx, before.id), before);
    const after = { ...before, body: input.body, version: before.version + 1 };
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "note",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      body: input.body,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "note.update",
      entityType: "note",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Deleting keeps the note's place in its thread (replies stay attached) but empties it;
 * the audit log keeps what it said.
 */
export async function deleteNote(
  db: Db,
  options: { actor: Actor; workspaceId: string; noteId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = deleteNoteSchema.parse(options.input);
  await writeWithAudit(db, async (tx, audit) => {
    const { claim, ...before } = await loadNote(tx, options.workspaceId, options.noteId);
    assertCan(member, "note.delete", { ownerId: before.authorId });
    const updated = await tx.note.updateMany({
      where: { id: before.id, version: input.version, deletedAt: null },
      data: { body: "", deletedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "note", await lastEditorOf(tx, before.id), before);
    await tx.noteTag.deleteMany({ where: { noteId: before.id } });
    await removeSearchEntries(tx, [before.id]);
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "note.delete",
      entityType: "note",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      before,
    });
    await refreshClaimStatus(tx, audit, before.claimId, member.userId);
  });
}
