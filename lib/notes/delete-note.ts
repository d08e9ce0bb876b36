import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { removeSearchEntries } from "../search/search-entries";
import { purgeExpiredIn } from "../trash/purge-expired";
import { putInTrash } from "../trash/put-in-trash";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadNote } from "./load-note";
import { deleteNoteSchema } from "./schemas";

/**
 * Moves a note to the trash. A note with replies keeps its place in the thread as an empty
 * tombstone (so the replies stay where they were); one without replies leaves the thread. Its
 * words are kept in the trash, where an editor can restore them for 30 days.
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
    const stale = async () => staleWrite(tx, "note", await lastEditorOf(tx, before.id), before);
    if (before.version !== input.version) throw await stale();
    const [row, tags, replies] = await Promise.all([
      tx.note.findUniqueOrThrow({ where: { id: before.id } }),
      tx.noteTag.findMany({ where: { noteId: before.id }, select: { tag: { select: { name: true } } } }),
      tx.note.count({ where: { replyToId: before.id } }),
    ]);
    const tombstone = replies > 0;
    const changed = tombstone
      ? await tx.note.updateMany({
          where: { id: before.id, version: input.version, deletedAt: null },
          data: { body: "", deletedAt: new Date(), version: { increment: 1 } },
        })
      : // A reply written meanwhile makes this match nothing: the note then needs its tombstone.
        await tx.note.deleteMany({ where: { id: before.id, version: input.version, replies: { none: {} } } });
    if (changed.count !== 1) throw await stale();
    if (tombstone) await tx.noteTag.deleteMany({ where: { noteId: before.id } });
    await removeSearchEntries(tx, [before.id]);
    await putInTrash(tx, {
      workspaceId: options.workspaceId,
      entityType: "note",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      label: row.body,
      payload: { format: 1, kind: "note", note: row, tags: tags.map((t) => t.tag.name).sort(), tombstone },
      deletedById: member.userId,
    });
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
    await purgeExpiredIn(tx, audit, options.workspaceId, new Date());
  });
}
