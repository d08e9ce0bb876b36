// A restored claim may sit on a revision that is no longer the article's current one (the text
// was edited while it was in the trash): it is re-anchored on the current text as editing the
// article would have done (lib/articles/revise-article.ts), through the diff from its own revision,
// and becomes orphaned ("Needs re-anchoring") when its words are gone. No publication needs a second
// look: a claim under a published final verdict cannot be put in the trash.
import { CodePointIndex, reanchorClaims } from "../anchoring";
import { applyAnchorResult } from "../claims/apply-anchor-result";
import { claimSnapshotSelect } from "../claims/claim-snapshot";
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";

export async function reanchorRestoredClaim(
  tx: DbTx,
  audit: AuditTrail,
  options: { workspaceId: string; actorId: string; claimId: string; currentRevisionId: string },
): Promise<void> {
  const { revision, articleId, ...claim } = await tx.claim.findUniqueOrThrow({
    where: { id: options.claimId },
    select: { ...claimSnapshotSelect, articleId: true, revision: { select: { text: true } } },
  });
  if (claim.revisionId === options.currentRevisionId) return;
  const current = await tx.articleRevision.findUniqueOrThrow({
    where: { id: options.currentRevisionId },
    select: { id: true, text: true },
  });
  const [result] = reanchorClaims(revision.text, current.text, [
    {
      quote: { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
      position: { type: "TextPositionSelector", start: claim.start, end: claim.end },
    },
  ]);
  if (!result) return;
  await applyAnchorResult(tx, audit, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    articleId,
    claim,
    result,
    revision: { id: current.id, index: new CodePointIndex(current.text) },
  });
}
