// Whether anyone but `userId` has work on a claim: a live note, a source, a verdict (drafts too)
// or the final verdict. A reviewer may delete their own claim only while this is false.
import type { DbTx } from "../db/client";
import { can, type MemberActor, type Resource } from "../permissions/can";

export async function othersWorkOnClaim(tx: DbTx, claimId: string, userId: string): Promise<boolean> {
  const found = await Promise.all([
    tx.note.findFirst({ where: { claimId, authorId: { not: userId }, deletedAt: null }, select: { id: true } }),
    tx.source.findFirst({ where: { claimId, addedById: { not: userId } }, select: { id: true } }),
    tx.verdict.findFirst({ where: { claimId, reviewerId: { not: userId } }, select: { id: true } }),
    tx.finalVerdict.findFirst({ where: { claimId, editorId: { not: userId } }, select: { id: true } }),
  ]);
  return found.some(Boolean);
}

/**
 * The claim as `claim.delete` judges it. Others' work is looked up only when it decides: for the
 * claim's own author below editor (for anyone else it is taken as present, which changes nothing).
 */
export async function claimForDeletion(
  tx: DbTx,
  member: MemberActor,
  claim: { id: string; createdById: string },
): Promise<Resource> {
  const decides = claim.createdById === member.userId && !can(member, "claim.delete");
  return {
    ownerId: claim.createdById,
    othersWork: decides ? await othersWorkOnClaim(tx, claim.id, member.userId) : true,
  };
}
