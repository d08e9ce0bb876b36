import type { Actor } from "../auth/actor";
import { loadClaimInWorkspace } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { SOURCES_PER_CLAIM_MAX, sourceFieldsSchema } from "./schemas";
import { sourceSearchText, sourceSnapshotSelect } from "./source-snapshot";

export async function addSource(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "source.create");
  const input = sourceFieldsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    if ((await tx.source.count({ where: { claimId: claim.id } })) >= SOURCES_PER_CLAIM_MAX) {
      throw new AppError("conflict", `A claim can hold at most ${SOURCES_PER_CLAIM_MAX} sources.`);
    }
    const source = await tx.source.create({
      data: { ...input, workspaceId: options.workspaceId, claimId: claim.id, addedById: member.userId },
      select: sourceSnapshotSelect,
    });
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "source",
      entityId: source.id,
      articleId: claim.articleId,
      claimId: claim.id,
      body: sourceSearchText(source),
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "source.create",
      entityType: "source",
      entityId: source.id,
      articleId: claim.articleId,
      claimId: claim.id,
      after: source,
    });
    await refreshClaimStatus(tx, audit, claim.id, member.userId);
    return source;
  });
}
