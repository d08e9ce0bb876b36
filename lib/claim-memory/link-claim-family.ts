// A reviewer confirms "same claim as …": the two claims join one family (a family is the claims
// that share a family id), both ways. Two families meet when their claims are confirmed the same:
// they become one. Each claim's history records the link, naming the other claim.
import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { loadClaimInWorkspace } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { linkClaimFamilySchema } from "./schemas";

export async function linkClaimFamily(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
): Promise<{ familyId: string }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "claim.family");
  const input = linkClaimFamilySchema.parse(options.input);
  if (input.claimId === options.claimId)
    throw new AppError("validation_failed", "A claim is always the same as itself: choose another claim.", {
      fields: { claimId: ["Choose another claim."] },
    });
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const other = await loadClaimInWorkspace(tx, options.workspaceId, input.claimId);
    const families = await tx.claim.findMany({
      where: { id: { in: [claim.id, other.id] } },
      select: { id: true, familyId: true },
    });
    const familyOf = (id: string) => families.find((row) => row.id === id)?.familyId ?? null;
    const [mine, theirs] = [familyOf(claim.id), familyOf(other.id)];
    if (mine && mine === theirs) return { familyId: mine };
    const familyId = mine ?? theirs ?? randomUUID();
    const joining = [mine, theirs].filter((id): id is string => id !== null && id !== familyId);
    await tx.claim.updateMany({
      where: {
        workspaceId: options.workspaceId,
        OR: [{ id: { in: [claim.id, other.id] } }, ...(joining.length ? [{ familyId: { in: joining } }] : [])],
      },
      data: { familyId },
    });
    for (const [self, sameAs] of [
      [claim, other],
      [other, claim],
    ] as const) {
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: "claim.family_link",
        entityType: "claim",
        entityId: self.id,
        articleId: self.articleId,
        claimId: self.id,
        after: { familyId, sameClaimAs: sameAs.exact, sameClaimId: sameAs.id },
      });
    }
    return { familyId };
  });
}
