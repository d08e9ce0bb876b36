// The claim a reviewer saves a verdict on, inside the actor's workspace only ("not yours" = "not
// found"), with the two facts that decide whether the save may go ahead: whether its final
// verdict is published (verdicts are locked then) and the chosen rating's label if the rating is
// on the workspace's current scale. One statement instead of three look-ups.
import type { DbTx } from "../db/client";
import { rawBoolean } from "../db/raw-values";
import { claimNotFound } from "../claims/load-claim-in-workspace";

interface ClaimForVerdictRow {
  id: string;
  articleId: string;
  published: unknown;
  ratingLabel: string | null;
}

export interface ClaimForVerdict {
  id: string;
  articleId: string;
  published: boolean;
  /** null when the rating is not on the workspace's scale (another workspace's, archived, unknown). */
  ratingLabel: string | null;
}

export async function loadClaimForVerdict(tx: DbTx, options: { workspaceId: string; claimId: string; ratingId: string }): Promise<ClaimForVerdict> {
  if (typeof options.claimId !== "string" || !options.claimId) throw claimNotFound();
  const [claim] = await tx.$queryRaw<ClaimForVerdictRow[]>`
    SELECT c."id", c."articleId",
      EXISTS (SELECT 1 FROM "FinalVerdict" f WHERE f."claimId" = c."id" AND f."published" = TRUE) AS "published",
      (SELECT r."label" FROM "Rating" r WHERE r."id" = ${options.ratingId} AND r."workspaceId" = c."workspaceId" AND r."archivedAt" IS NULL) AS "ratingLabel"
    FROM "Claim" c
    WHERE c."id" = ${options.claimId} AND c."workspaceId" = ${options.workspaceId}`;
  if (!claim) throw claimNotFound();
  return { id: claim.id, articleId: claim.articleId, published: rawBoolean(claim.published), ratingLabel: claim.ratingLabel };
}
