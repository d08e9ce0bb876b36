// Where re-anchoring lands a claim on a new revision, written once for every path that re-anchors
// (editing the article, restoring a claim from the trash): the claim's selectors and state, its
// search entry when its words changed, and a "claim.reanchor" audit entry. An orphaned claim keeps
// the selectors of the revision it was last found on.
import { type CodePointIndex, describeRange, type AnchorResult } from "../anchoring";
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import type { Prisma } from "../db/client";
import { upsertSearchEntry } from "../search/search-entries";
import { claimSnapshotSelect } from "./claim-snapshot";

/** A claim as read with claimSnapshotSelect, before it is re-anchored. */
export type AnchoredClaim = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

/** Applies `result` to the claim; answers its words on the new revision, or null when they are gone. */
export async function applyAnchorResult(
  tx: DbTx,
  audit: AuditTrail,
  options: {
    workspaceId: string;
    actorId: string;
    articleId: string;
    claim: AnchoredClaim;
    result: AnchorResult;
    revision: { id: string; index: CodePointIndex };
  },
): Promise<string | null> {
  const { claim, result, revision } = options;
  let words: string | null = null;
  if (result.state === "orphaned") {
    if (claim.anchorState === "orphaned") return null;
    await tx.claim.update({
      where: { id: claim.id },
      data: { anchorState: "orphaned", anchorConfidence: 0, version: { increment: 1 } },
    });
  } else {
    const selectors = describeRange(revision.index, result.start!, result.end!);
    words = selectors.quote.exact;
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        revisionId: revision.id,
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
    if (words !== claim.exact)
      await upsertSearchEntry(tx, {
        workspaceId: options.workspaceId,
        kind: "claim",
        entityId: claim.id,
        articleId: options.articleId,
        claimId: claim.id,
        body: words,
      });
  }
  const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect });
  await audit.record({
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    action: "claim.reanchor",
    entityType: "claim",
    entityId: claim.id,
    articleId: options.articleId,
    claimId: claim.id,
    before: claim,
    after: { ...after, state: result.state, method: result.method },
  });
  return words;
}
