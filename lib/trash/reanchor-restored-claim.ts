// A restored claim may sit on a revision that is no longer the article's current one (the text
// was edited while it was in the trash): it is re-anchored on the current text as editing the
// article would have done (lib/articles/revise-article.ts), through the diff from its own revision,
// and becomes orphaned ("Needs re-anchoring") when its words are gone.
import { CodePointIndex, describeRange, reanchorClaims } from "../anchoring";
import { claimSnapshotSelect } from "../claims/claim-snapshot";
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { upsertSearchEntry } from "../search/search-entries";

export async function reanchorRestoredClaim(
  tx: DbTx,
  audit: AuditTrail,
  options: { workspaceId: string; actorId: string; claimId: string; currentRevisionId: string },
): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: options.claimId },
    select: { ...claimSnapshotSelect, articleId: true, revision: { select: { text: true } } },
  });
  if (claim.revisionId === options.currentRevisionId) return;
  const current = await tx.articleRevision.findUniqueOrThrow({
    where: { id: options.currentRevisionId },
    select: { id: true, text: true },
  });
  const { revision, articleId, ...before } = claim;
  const [result] = reanchorClaims(revision.text, current.text, [
    {
      quote: { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
      position: { type: "TextPositionSelector", start: claim.start, end: claim.end },
    },
  ]);
  if (!result) return;
  if (result.state === "orphaned") {
    // Its selectors stay those of the revision it was last found on, as for any orphan.
    if (claim.anchorState === "orphaned") return;
    await tx.claim.update({
      where: { id: claim.id },
      data: { anchorState: "orphaned", anchorConfidence: 0, version: { increment: 1 } },
    });
  } else {
    const selectors = describeRange(new CodePointIndex(current.text), result.start!, result.end!);
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        revisionId: current.id,
        exact: selectors.quote.exact,
        prefix: selectors.quote.prefix,
        suffix: selectors.quote.suffix,
        start: result.start!,
        end: result.end!,
        anchorState: result.state,
        anchorConfidence: result.confidence,
        version: { increment: 1 },
      },
    });
    if (selectors.quote.exact !== claim.exact)
      await upsertSearchEntry(tx, {
        workspaceId: options.workspaceId,
        kind: "claim",
        entityId: claim.id,
        articleId,
        claimId: claim.id,
        body: selectors.quote.exact,
      });
  }
  const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect });
  await audit.record({
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    action: "claim.reanchor",
    entityType: "claim",
    entityId: claim.id,
    articleId,
    claimId: claim.id,
    before,
    after: { ...after, state: result.state, method: result.method },
  });
}
