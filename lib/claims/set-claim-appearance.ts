// Who made a claim and where and when it appeared: what a public fact-check and ClaimReview's
// itemReviewed say about the claim. Like the claim's words, they are locked while its final
// verdict is published (a correction goes through unpublishing and publishing again).
import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { setClaimAppearanceSchema } from "./schemas";

export interface ClaimAppearance {
  claimant: { name: string; type: "person" | "organisation" } | null;
  /** YYYY-MM-DD, or null. */
  claimDate: string | null;
  /** Where the claim appeared; null means the article's own URL. */
  appearanceUrl: string | null;
}

/** The stored columns as the API and exports show them. */
export function claimAppearanceOf(row: {
  claimantName: string | null;
  claimantType: string | null;
  claimDate: Date | null;
  appearanceUrl: string | null;
}): ClaimAppearance {
  return {
    claimant: row.claimantName
      ? { name: row.claimantName, type: row.claimantType === "organisation" ? "organisation" : "person" }
      : null,
    claimDate: row.claimDate ? row.claimDate.toISOString().slice(0, 10) : null,
    appearanceUrl: row.appearanceUrl,
  };
}

const appearanceSelect = {
  id: true,
  version: true,
  claimantName: true,
  claimantType: true,
  claimDate: true,
  appearanceUrl: true,
  finalVerdict: { select: { published: true } },
} as const;

async function appearanceState(tx: DbTx, claimId: string) {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: appearanceSelect });
  return {
    id: row.id,
    version: row.version,
    published: row.finalVerdict?.published ?? false,
    ...claimAppearanceOf(row),
  };
}

export async function setClaimAppearance(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
): Promise<ClaimAppearance & { id: string; version: number }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = setClaimAppearanceSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    assertCan(member, "claim.update", { ownerId: claim.createdById });
    const { published, ...before } = await appearanceState(tx, claim.id);
    if (published)
      throw new AppError("locked", "This claim's final verdict is published. Unpublish it before changing the claim.");
    if (before.version !== input.version) throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), before);
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: {
        claimantName: input.claimantName,
        claimantType: input.claimantType,
        claimDate: input.claimDate ? new Date(`${input.claimDate}T00:00:00.000Z`) : null,
        appearanceUrl: input.appearanceUrl,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), before);
    const { published: _published, ...after } = await appearanceState(tx, claim.id);
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "claim.appearance",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before,
      after,
    });
    return after;
  });
}
