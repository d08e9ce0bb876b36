import type { Actor } from "../auth/actor";
import { settleClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeSqlWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { ensureTags } from "../tags/ensure-tags";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadClaimForNote } from "./load-claim-for-note";
import { insertNote } from "./insert-note";
import { createNoteSchema, NOTES_PER_CLAIM_MAX } from "./schemas";

/**
 * A reviewer's Markdown note on a claim, or a reply in a thread. Stored exactly as typed. Every
 * statement is SQL in a driver-level transaction: this is the write a newsroom makes most.
 */
export async function createNote(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "note.create");
  const input = createNoteSchema.parse(options.input);
  return writeSqlWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimForNote(tx, { workspaceId: options.workspaceId, claimId: options.claimId });
    if (claim.notes >= NOTES_PER_CLAIM_MAX) {
      throw new AppError(
        "conflict",
        `A claim can hold at most ${NOTES_PER_CLAIM_MAX} notes. Summarise the thread in a new claim.`,
      );
    }
    if (input.replyToId) {
      const [parent] = await tx.all<{ id: string }>(`SELECT "id" FROM "Note" WHERE "id" = ? AND "claimId" = ?`, [
        input.replyToId,
        claim.id,
      ]);
      if (!parent)
        throw new AppError("validation_failed", "The note you reply to is not on this claim.", {
          fields: { replyToId: ["Not a note of this claim."] },
        });
    }
    const note = await insertNote(tx, {
      workspaceId: options.workspaceId,
      claimId: claim.id,
      authorId: member.userId,
      body: input.body,
      replyToId: input.replyToId ?? null,
    });
    const tags = await ensureTags(tx, options.workspaceId, input.tags ?? []);
    for (const tag of tags) await tx.run(`INSERT INTO "NoteTag" ("noteId", "tagId") VALUES (?, ?)`, [note.id, tag.id]);
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
    await settleClaimStatus(tx, audit, { ...claim, activity: { ...claim.activity, notes: 1 } }, member.userId);
    return note;
  });
}
