import { refreshClaimStatus } from "../claims/refresh-claim-status";
import { upsertSearchEntry } from "../search/search-entries";
import { sourceSearchText } from "../sources/source-snapshot";
import { missingParent } from "./missing-parent";
import type { StoredPayload } from "./payload";
import type { RestoreContext } from "./restore-context";

type SourcePayload = Extract<StoredPayload, { kind: "source" }>;

/** Writes the source back, cited again by the verdicts that cited it and still exist. */
export async function restoreSource({ tx, audit, workspaceId, actorId }: RestoreContext, payload: SourcePayload) {
  const { source } = payload;
  const claim = await tx.claim.findFirst({ where: { id: source.claimId, workspaceId }, select: { articleId: true } });
  if (!claim) throw await missingParent(tx, { type: "claim", id: source.claimId }, "source");
  await tx.source.create({ data: source });
  const verdicts = await tx.verdict.findMany({
    where: { id: { in: payload.verdictIds }, claimId: source.claimId },
    select: { id: true },
  });
  if (verdicts.length)
    await tx.verdictSource.createMany({
      data: verdicts.map((verdict) => ({ verdictId: verdict.id, sourceId: source.id })),
    });
  await upsertSearchEntry(tx, {
    workspaceId,
    kind: "source",
    entityId: source.id,
    articleId: claim.articleId,
    claimId: source.claimId,
    body: sourceSearchText(source),
  });
  const { id, claimId, url, title, publisher, excerpt, stance, accessedAt, archivedUrl, addedById, version } = source;
  await audit.record({
    workspaceId,
    actorId,
    action: "source.restore",
    entityType: "source",
    entityId: id,
    articleId: claim.articleId,
    claimId,
    after: { id, claimId, url, title, publisher, excerpt, stance, accessedAt, archivedUrl, addedById, version },
  });
  await refreshClaimStatus(tx, audit, claimId, actorId);
}
