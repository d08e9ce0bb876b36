import type { Actor } from "../auth/actor";
import { loadClaimInWorkspace } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { ensureTags } from "../tags/ensure-tags";
import { notifyNoteWritten } from "../notifications/notify";
import { getMemberActor } from "../workspaces/get-member-actor";
import { noteSnapshotSelect } from "./note-snapshot";
import { createNoteSchema, NOTES_PER_CLAIM_MAX } from "./schemas";

/** A reviewer's Markdown note on a claim, or a reply in a thread. Stored exactly as typed. */
export async function createNote(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "note.create");
  const input = createNoteSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    // Deleted notes count too: they keep their place in threads.
    if ((await tx.note.count({ where: { claimId: claim.id } })) >= NOTES_PER_CLAIM_MAX) {
      throw new AppError(
        "conflict",
        `A claim can hold at most ${NOTES_PER_CLAIM_MAX} notes. Summarise the thread in a new claim.`,
      );
    }
    if (input.replyToId && !(await tx.note.findFirst({ where: { id: input.replyToId, claimId: claim.id } }))) {
      throw new AppError("validation_failed", "The note you reply to is not on this claim.", {
        fields: { replyToId: ["Not a note of this claim."] },
      });
    }
    const tags = await ensureTags(tx, options.workspaceId, input.tags ?? []);
    const note = await tx.note.create({
      data: {
        workspaceId: options.workspaceId,
        claimId: claim.id,
        authorId: member.userId,
        body: input.body,
        replyToId: input.replyToId ?? null,
        tags: { create: tags.map((tag) => ({ tagId: tag.id })) },
      },
      select: noteSnapshotSelect,
    });
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "note",
      entityId: note.id,
      articleId: claim.articleId,
      claimId: claim.id,
      body: note.body,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: input.replyToId ? "note.reply" : "note.create",
      entityType: "note",
      entityId: note.id,
      articleId: claim.articleId,
      claimId: claim.id,
      after: { ...note, tags: tags.map((tag) => tag.name) },
    });
    await refreshClaimStatus(tx, audit, claim.id, member.userId);
    await notifyNoteWritten(
      { tx, audit, workspaceId: options.workspaceId, actorId: member.userId },
      { ...note, articleId: claim.articleId },
    );
    return note;
  });
}
