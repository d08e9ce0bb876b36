import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { removeSearchEntries } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { claimSnapshotSelect } from "./claim-snapshot";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { deleteClaimSchema } from "./schemas";

/**
 * Deletes a claim with its notes and sources. Its author may delete it while nobody else has
 * worked on it; editors may delete any claim without a published final verdict.
 */
export async function deleteClaim(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = deleteClaimSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    assertCan(member, "claim.delete", { ownerId: claim.createdById });
    const [snapshot, othersWork, published, notes, sources] = await Promise.all([
      tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect }),
      tx.note.count({ where: { claimId: claim.id, authorId: { not: member.userId } } }),
      tx.finalVerdict.count({ where: { claimId: claim.id, published: true } }),
      tx.note.findMany({ where: { claimId: claim.id }, select: { id: true } }),
      tx.source.findMany({ where: { claimId: claim.id }, select: { id: true } }),
    ]);
    if (published) throw new AppError("locked", "This claim has a published verdict. Unpublish it first.");
    if (othersWork > 0 && member.role === "reviewer") {
      throw new AppError("forbidden", "Others have written notes on this claim; ask an editor to delete it.");
    }
    const deleted = await tx.claim.deleteMany({ where: { id: claim.id, version: input.version } });
    if (deleted.count !== 1) throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), snapshot);
    await removeSearchEntries(tx, [claim.id, ...notes.map((n) => n.id), ...sources.map((s) => s.id)]);
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "claim.delete",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: snapshot,
    });
  });
}
