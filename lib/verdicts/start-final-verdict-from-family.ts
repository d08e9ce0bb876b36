// An editor starts a claim's final verdict from the final verdict of a claim confirmed the same
// (its family): the rating and summary are copied, never published, and the copy says where it
// came from (provenance, shown beside it: "Started from the final verdict of … in …"). The editor
// then reviews and changes it like any final verdict.
import type { Actor } from "../auth/actor";
import { startFinalVerdictFromFamilySchema } from "../claim-memory/schemas";
import { loadClaimInWorkspace } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { familyProvenance, serializeProvenance } from "../provenance/provenance";
import { getMemberActor } from "../workspaces/get-member-actor";
import { finalVerdictSnapshot } from "./final-verdict-snapshot";

export async function startFinalVerdictFromFamily(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "final_verdict.set");
  const input = startFinalVerdictFromFamilySchema.parse(options.input);
  try {
    return await writeWithAudit(db, async (tx, audit) => {
      const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
      const from = await loadClaimInWorkspace(tx, options.workspaceId, input.fromClaimId);
      const families = await tx.claim.findMany({
        where: { id: { in: [claim.id, from.id] } },
        select: { familyId: true },
      });
      if (
        claim.id === from.id ||
        families.length !== 2 ||
        !families[0]!.familyId ||
        families[0]!.familyId !== families[1]!.familyId
      )
        throw new AppError("conflict", "That claim is not confirmed as the same claim as this one.");
      if (await tx.finalVerdict.findUnique({ where: { claimId: claim.id }, select: { id: true } }))
        throw new AppError("conflict", "This claim already has a final verdict: change it instead.");
      const source = await tx.finalVerdict.findUnique({
        where: { claimId: from.id },
        select: { summary: true, rating: { select: { id: true, archivedAt: true } } },
      });
      if (!source) throw new AppError("conflict", "That claim has no final verdict to start from.");
      if (source.rating.archivedAt)
        throw new AppError("conflict", "That final verdict's rating is no longer on the scale: set this one yourself.");
      const article = await tx.article.findUniqueOrThrow({ where: { id: from.articleId }, select: { title: true } });
      const provenance = familyProvenance({
        claimId: from.id,
        exact: from.exact,
        articleId: from.articleId,
        articleTitle: article.title,
      });
      await tx.finalVerdict.create({
        data: {
          workspaceId: options.workspaceId,
          claimId: claim.id,
          editorId: member.userId,
          ratingId: source.rating.id,
          summary: source.summary,
          provenance: serializeProvenance(provenance),
        },
      });
      const after = (await finalVerdictSnapshot(tx, claim.id))!;
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: "final_verdict.from_family",
        entityType: "final_verdict",
        entityId: after.id,
        articleId: claim.articleId,
        claimId: claim.id,
        after: { ...after, startedFrom: provenance.startedFrom },
      });
      await refreshClaimStatus(tx, audit, claim.id, member.userId);
      return after;
    });
  } catch (error) {
    if (isUniqueConstraintError(error))
      throw new AppError("conflict", "Another editor set a final verdict on this claim meanwhile. Reload to see it.");
    throw error;
  }
}
