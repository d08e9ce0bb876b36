// Writes a claim with its tags, search entry and audit record, inside a caller's transaction.
// Shared by marking a selection, creating from W3C selectors (API) and importing annotations.
import type { ClaimSelectors } from "../anchoring";
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { upsertSearchEntry } from "../search/search-entries";
import { ensureTags } from "../tags/ensure-tags";
import { claimSnapshotSelect } from "./claim-snapshot";

export interface NewClaim {
  workspaceId: string;
  articleId: string;
  revisionId: string;
  selectors: ClaimSelectors;
  anchorState?: "anchored" | "moved" | "changed" | "orphaned";
  anchorConfidence?: number;
  createdById: string;
  tags?: string[];
  importKey?: string | null;
  /** JSON from lib/provenance: what an imported file said about the claim's origin. */
  provenance?: string | null;
  action?: string;
}

export async function insertClaim(tx: DbTx, audit: AuditTrail, input: NewClaim) {
  const { quote, position } = input.selectors;
  const claim = await tx.claim.create({
    data: {
      workspaceId: input.workspaceId,
      articleId: input.articleId,
      revisionId: input.revisionId,
      originalRevisionId: input.revisionId,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
      anchorState: input.anchorState ?? "anchored",
      anchorConfidence: input.anchorConfidence ?? 1,
      createdById: input.createdById,
      importKey: input.importKey ?? null,
      provenance: input.provenance ?? null,
    },
    select: claimSnapshotSelect,
  });
  const tags = await ensureTags(tx, input.workspaceId, input.tags ?? []);
  if (tags.length) await tx.claimTag.createMany({ data: tags.map((tag) => ({ claimId: claim.id, tagId: tag.id })) });
  await upsertSearchEntry(tx, {
    workspaceId: input.workspaceId,
    kind: "claim",
    entityId: claim.id,
    articleId: input.articleId,
    claimId: claim.id,
    body: claim.exact,
  });
  const tagNames = tags.map((tag) => tag.name);
  await audit.record({
    workspaceId: input.workspaceId,
    actorId: input.createdById,
    action: input.action ?? "claim.create",
    entityType: "claim",
    entityId: claim.id,
    articleId: input.articleId,
    claimId: claim.id,
    after: { ...claim, tags: tagNames },
  });
  return { ...claim, tags: tagNames };
}
