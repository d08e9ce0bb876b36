// Undoing "same claim as …": the claim leaves its family. A family of one is no family, so the
// last claim left behind leaves it too. Recorded in the history of each claim that left.
import type { Actor } from "../auth/actor";
import { loadClaimInWorkspace } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function unlinkClaimFamily(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string },
): Promise<void> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "claim.family");
  await writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const { familyId } = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { familyId: true } });
    if (!familyId) return;
    const rest = await tx.claim.findMany({
      where: { familyId, id: { not: claim.id } },
      select: { id: true, articleId: true },
      take: 2,
    });
    const leaving = [{ id: claim.id, articleId: claim.articleId }, ...(rest.length === 1 ? rest : [])];
    await tx.claim.updateMany({ where: { id: { in: leaving.map((c) => c.id) } }, data: { familyId: null } });
    // The claims that stay changed too (their family is smaller): this keeps the Last-Modified of
    // their public fact-check pages, which list the family's appearances, moving on.
    await tx.claim.updateMany({ where: { familyId }, data: { updatedAt: new Date() } });
    for (const left of leaving)
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: "claim.family_unlink",
        entityType: "claim",
        entityId: left.id,
        articleId: left.articleId,
        claimId: left.id,
        before: { familyId },
        after: { familyId: null },
      });
  });
}
