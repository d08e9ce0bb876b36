import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { notifyNoteWritten } from "../notifications/notify";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadNote } from "./load-note";
import { updateNoteSchema } from "./schemas";

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
    await notifyNoteWritten(
      { tx, audit, workspaceId: options.workspaceId, actorId: member.userId },
      { ...after, articleId: claim.articleId },
      before.body,
    );
    return after;
  });
}
