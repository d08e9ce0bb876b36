import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadNote } from "./load-note";
import { setNoteThreadResolvedSchema } from "./schemas";

/**
 * Marks a thread (a top-level note and its replies) resolved, or reopens it: its author or an
 * editor may. Setting the state it already has changes nothing and writes no audit entry. The
 * note's version is left alone: resolving is about the discussion, not the note's words, so it
 * does not make its author's open edit stale.
 */
export async function setNoteThreadResolved(
  db: Db,
  options: { actor: Actor; workspaceId: string; noteId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = setNoteThreadResolvedSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const { claim, ...note } = await loadNote(tx, options.workspaceId, options.noteId);
    assertCan(member, "note.resolve", { ownerId: note.authorId });
    if (note.replyToId)
      throw new AppError("bad_request", "Only a thread can be resolved: resolve the note it replies to.");
    const current = await tx.note.findUniqueOrThrow({
      where: { id: note.id },
      select: { resolvedAt: true, resolvedById: true },
    });
    const resolution = input.resolved
      ? { resolvedAt: current.resolvedAt ?? new Date(), resolvedById: current.resolvedById ?? member.userId }
      : { resolvedAt: null, resolvedById: null };
    const result = {
      id: note.id,
      claimId: note.claimId,
      resolved: input.resolved,
      resolvedAt: resolution.resolvedAt?.toISOString() ?? null,
      resolvedById: resolution.resolvedById,
    };
    if ((current.resolvedAt !== null) === input.resolved) return result;
    await tx.note.update({ where: { id: note.id }, data: resolution });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: input.resolved ? "note.resolve" : "note.reopen",
      entityType: "note",
      entityId: note.id,
      articleId: claim.articleId,
      claimId: note.claimId,
      before: { resolved: !input.resolved },
      after: { resolved: input.resolved },
    });
    return result;
  });
}
