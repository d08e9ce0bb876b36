// What a reviewer's verdict save reads before it writes: the claim, inside the actor's workspace
// only ("not yours" = "not found"); whether its final verdict is published (verdicts are locked
// then); the chosen rating's label if the rating is on the workspace's current scale; and the
// reviewer's current verdict with its rating's label and linked sources.
import { claimNotFound } from "../claims/load-claim-in-workspace";
import type { DbTx } from "../db/client";
import type { VerdictSnapshot } from "./verdict-snapshot";

export interface ClaimForVerdict {
  id: string;
  articleId: string;
  published: boolean;
  /** null when the rating is not on the workspace's scale (another workspace's, archived, unknown). */
  ratingLabel: string | null;
  /** The reviewer's verdict as it stands, or null when they have none on this claim. */
  verdict: VerdictSnapshot | null;
}

export async function loadClaimForVerdict(
  tx: DbTx,
  options: { workspaceId: string; claimId: string; reviewerId: string; ratingId: string },
): Promise<ClaimForVerdict> {
  if (typeof options.claimId !== "string" || !options.claimId) throw claimNotFound();
  const [claim, rating] = await Promise.all([
    tx.claim.findFirst({
      where: { id: options.claimId, workspaceId: options.workspaceId },
      select: {
        id: true,
        articleId: true,
        finalVerdict: { select: { published: true } },
        verdicts: {
          where: { reviewerId: options.reviewerId },
          select: {
            id: true,
            claimId: true,
            reviewerId: true,
            ratingId: true,
            confidence: true,
            rationale: true,
            submittedAt: true,
            version: true,
            rating: { select: { label: true } },
            sources: { select: { sourceId: true } },
          },
        },
      },
    }),
    tx.rating.findFirst({
      where: { id: options.ratingId, workspaceId: options.workspaceId, archivedAt: null },
      select: { label: true },
    }),
  ]);
  if (!claim) throw claimNotFound();
  const [verdict] = claim.verdicts;
  return {
    id: claim.id,
    articleId: claim.articleId,
    published: claim.finalVerdict?.published ?? false,
    ratingLabel: rating?.label ?? null,
    verdict: verdict
      ? {
          id: verdict.id,
          claimId: verdict.claimId,
          reviewerId: verdict.reviewerId,
          ratingId: verdict.ratingId,
          confidence: verdict.confidence,
          rationale: verdict.rationale,
          submittedAt: verdict.submittedAt,
          version: verdict.version,
          rating: verdict.rating.label,
          sourceIds: verdict.sources.map((link) => link.sourceId).sort(),
        }
      : null,
  };
}
