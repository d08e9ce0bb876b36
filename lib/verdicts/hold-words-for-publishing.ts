// Publishing rates the claim's words as they stand: this reads them, refuses a claim whose words
// are gone from the article, and holds the claim's row until the publication commits, so an
// article edit running at the same time either waits and then sees the verdict published (and
// unpublishes it), or commits first and makes this publication fail instead of rating stale words.
// Publishing also clears the claim's "needs re-review" flag: the editor has looked again.
import { recordReviewCleared } from "../claims/mark-claim-reviewed";
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";

export async function holdWordsForPublishing(
  tx: DbTx,
  audit: AuditTrail,
  options: { workspaceId: string; actorId: string; claim: { id: string; articleId: string } },
): Promise<string> {
  const { claim } = options;
  const current = await tx.claim.findUniqueOrThrow({
    where: { id: claim.id },
    select: { exact: true, anchorState: true, needsReviewReason: true },
  });
  if (current.anchorState === "orphaned")
    throw new AppError(
      "conflict",
      "This claim's words are no longer in the article. Re-attach it to the text before publishing its final verdict.",
    );
  const held = await tx.claim.updateMany({
    where: { id: claim.id, exact: current.exact, anchorState: current.anchorState },
    data: { needsReviewReason: null },
  });
  if (held.count !== 1)
    throw new AppError(
      "conflict",
      "The article was edited meanwhile. Reload, check the claim's words and publish again.",
    );
  if (current.needsReviewReason !== null)
    await recordReviewCleared(audit, {
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      articleId: claim.articleId,
      claimId: claim.id,
      reason: current.needsReviewReason,
    });
  return current.exact;
}
