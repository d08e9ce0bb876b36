import { refreshClaimStatus } from "../claims/refresh-claim-status";
import { notifyClaimTrashed } from "../notifications/notify";
import { insertClaimGraphs } from "./insert-claim-graphs";
import { missingParent } from "./missing-parent";
import type { StoredClaimGraph } from "./payload";
import { reanchorRestoredClaim } from "./reanchor-restored-claim";
import type { RestoreContext } from "./restore-context";

export async function restoreClaim({ tx, audit, workspaceId, actorId }: RestoreContext, graph: StoredClaimGraph) {
  const { claim } = graph;
  const article = await tx.article.findFirst({
    where: { id: claim.articleId, workspaceId },
    select: { currentRevisionId: true },
  });
  if (!article) throw await missingParent(tx, { type: "article", id: claim.articleId }, "claim");
  await insertClaimGraphs(tx, workspaceId, [graph]);
  const { id, revisionId, exact, prefix, suffix, start, end, anchorState, anchorConfidence, status, version } = claim;
  await audit.record({
    workspaceId,
    actorId,
    action: "claim.restore",
    entityType: "claim",
    entityId: id,
    articleId: claim.articleId,
    claimId: id,
    after: { id, revisionId, exact, prefix, suffix, start, end, anchorState, anchorConfidence, status, version },
  });
  if (article.currentRevisionId)
    await reanchorRestoredClaim(tx, audit, {
      workspaceId,
      actorId,
      claimId: id,
      currentRevisionId: article.currentRevisionId,
    });
  // Notes or sources deleted on their own before the claim stay in the trash: its status follows what came back.
  await refreshClaimStatus(tx, audit, id, actorId);
  await notifyClaimTrashed({ tx, audit, workspaceId, actorId }, "claim_restored", claim);
}
