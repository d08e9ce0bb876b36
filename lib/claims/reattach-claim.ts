// Re-attaching a claim (usually an orphaned one) to text selected in the current revision. Its
// notes, sources and verdicts stay with it; the audit log keeps where it was before. On other
// words than its published final verdict rated, that verdict is unpublished and the claim flagged.
import { CodePointIndex, describeRange } from "../anchoring";
import { REATTACHED_REASON, unpublishChangedClaims } from "../articles/unpublish-changed-claims";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { claimSnapshotSelect } from "./claim-snapshot";
import { claimRange } from "./create-claim";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { reattachClaimSchema } from "./schemas";

export async function reattachClaim(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "claim.reanchor");
  const input = reattachClaimSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { currentRevision: { select: { id: true, text: true } } },
    });
    if (article.currentRevision?.id !== input.revisionId)
      throw new AppError(
        "conflict",
        "The article was edited since you opened it. Reload to re-attach on the new text.",
      );
    const index = new CodePointIndex(article.currentRevision.text);
    if (input.end > index.length) throw new AppError("validation_failed", "The selection is outside the article text.");
    const { start, end } = claimRange(article.currentRevision.text, input.start, input.end);
    if (end <= start) throw new AppError("validation_failed", "Select some text, not only spaces.");
    const before = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect });
    const selectors = describeRange(index, start, end);
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: {
        revisionId: input.revisionId,
        exact: selectors.quote.exact,
        prefix: selectors.quote.prefix,
        suffix: selectors.quote.suffix,
        start,
        end,
        anchorState: "anchored",
        anchorConfidence: 1,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), before);
    // A published verdict rates the words it was published on: new words unpublish it.
    await unpublishChangedClaims(tx, audit, {
      workspaceId: options.workspaceId,
      actorId: member.userId,
      articleId: claim.articleId,
      reason: () => REATTACHED_REASON,
      words: new Map([[claim.id, { before: before.exact, after: selectors.quote.exact }]]),
    });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect });
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      body: after.exact,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "claim.reattach",
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
