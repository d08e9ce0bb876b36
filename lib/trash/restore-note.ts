import { refreshClaimStatus } from "../claims/refresh-claim-status";
import { AppError } from "../errors/app-error";
import { upsertSearchEntry } from "../search/search-entries";
import { ensureTags } from "../tags/ensure-tags";
import { missingParent } from "./missing-parent";
import type { StoredPayload } from "./payload";
import type { RestoreContext } from "./restore-context";

type NotePayload = Extract<StoredPayload, { kind: "note" }>;

/**
 * Refills a tombstone (a deleted note that kept its place for its replies) or writes the note
 * back into its thread. A reply whose parent is in the trash waits for it; one whose parent was
 * purged starts a thread of its own.
 */
export async function restoreNote({ tx, audit, workspaceId, actorId }: RestoreContext, payload: NotePayload) {
  const { note } = payload;
  const claim = await tx.claim.findFirst({ where: { id: note.claimId, workspaceId }, select: { articleId: true } });
  if (!claim) throw await missingParent(tx, { type: "claim", id: note.claimId }, "note");
  const existing = await tx.note.findUnique({ where: { id: note.id }, select: { deletedAt: true } });
  if (existing && !existing.deletedAt) throw new AppError("conflict", "This note is already back in its thread.");
  let replyToId = note.replyToId;
  if (existing) {
    await tx.note.update({
      where: { id: note.id },
      data: { body: note.body, deletedAt: note.deletedAt, version: note.version, updatedAt: note.updatedAt },
    });
  } else {
    if (replyToId && !(await tx.note.findUnique({ where: { id: replyToId }, select: { id: true } }))) {
      const parentTrashed = await tx.trashItem.findUnique({ where: { entityId: replyToId }, select: { id: true } });
      if (parentTrashed) throw await missingParent(tx, { type: "note", id: replyToId }, "reply");
      replyToId = null;
    }
    await tx.note.create({ data: { ...note, replyToId } });
  }
  const tags = await ensureTags(tx, workspaceId, payload.tags);
  if (tags.length) await tx.noteTag.createMany({ data: tags.map((tag) => ({ noteId: note.id, tagId: tag.id })) });
  await upsertSearchEntry(tx, {
    workspaceId,
    kind: "note",
    entityId: note.id,
    articleId: claim.articleId,
    claimId: note.claimId,
    body: note.body,
  });
  await audit.record({
    workspaceId,
    actorId,
    action: "note.restore",
    entityType: "note",
    entityId: note.id,
    articleId: claim.articleId,
    claimId: note.claimId,
    after: {
      id: note.id,
      claimId: note.claimId,
      authorId: note.authorId,
      body: note.body,
      replyToId,
      deletedAt: null,
      version: note.version,
    },
  });
  await refreshClaimStatus(tx, audit, note.claimId, actorId);
}
