// A published final verdict rates the words its claim had when it was published. When an edit
// of the article (or re-attaching the claim) changes those words or removes them, the verdict is
// unpublished in the same transaction and the claim is flagged "needs re-review": the editor can
// still save corrected text, and no export goes on rating words the article no longer has. A
// claim that only moved, with the same words, keeps its publication.
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { finalVerdictSnapshot } from "../verdicts/final-verdict-snapshot";

export interface UnpublishedClaim {
  claimId: string;
  /** The words the verdict was published on. */
  before: string;
  /** The claim's words in the new revision; null when they are gone (orphaned). */
  after: string | null;
}

export const REATTACHED_REASON =
  "It was re-attached to other words after the final verdict was published; the verdict was unpublished.";

export function needsReviewReasonFor(revisionNumber: number, after: string | null): string {
  return after === null
    ? `Its words were removed in revision ${revisionNumber} after the final verdict was published; the verdict was unpublished.`
    : `Its words changed in revision ${revisionNumber} after the final verdict was published; the verdict was unpublished.`;
}

/**
 * Run after the claims' rows were re-anchored (and so are held by this transaction): a
 * publication committed meanwhile is seen here. `words` holds every re-anchored claim, in
 * reading order, with its words before and after the edit (null after: orphaned).
 */
export async function unpublishChangedClaims(
  tx: DbTx,
  audit: AuditTrail,
  options: {
    workspaceId: string;
    actorId: string;
    articleId: string;
    /** Why the claim needs re-review, given its new words (null: gone). */
    reason: (after: string | null) => string;
    words: Map<string, { before: string; after: string | null }>;
  },
): Promise<UnpublishedClaim[]> {
  const published = await tx.finalVerdict.findMany({
    where: { claim: { articleId: options.articleId }, published: true },
    select: { claimId: true },
  });
  const isPublished = new Set(published.map((f) => f.claimId));
  const unpublished: UnpublishedClaim[] = [];
  for (const [claimId, words] of options.words) {
    if (!isPublished.has(claimId)) continue;
    const before = (await finalVerdictSnapshot(tx, claimId))!;
    // Rows published before Margin recorded the words rate the words the claim had until now.
    const ratedWords = before.publishedExact ?? words.before;
    if (words.after === ratedWords) continue;
    const reason = options.reason(words.after);
    await tx.finalVerdict.update({
      where: { id: before.id },
      data: { published: false, publishedAt: null, version: { increment: 1 } },
    });
    const after = (await finalVerdictSnapshot(tx, claimId))!;
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { needsReviewReason: true } });
    await tx.claim.update({ where: { id: claimId }, data: { needsReviewReason: reason } });
    const scope = {
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      articleId: options.articleId,
      claimId,
    };
    await audit.record({
      ...scope,
      action: "final_verdict.unpublish",
      entityType: "final_verdict",
      entityId: before.id,
      before,
      after: { ...after, reason },
    });
    await audit.record({
      ...scope,
      action: "claim.needs_review",
      entityType: "claim",
      entityId: claimId,
      before: { needsReviewReason: claim.needsReviewReason },
      after: { needsReviewReason: reason },
    });
    unpublished.push({ claimId, before: ratedWords, after: words.after });
  }
  return unpublished;
}
