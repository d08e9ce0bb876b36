import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { removeSearchEntries } from "../search/search-entries";
import { purgeExpiredIn } from "../trash/purge-expired";
import { putInTrash } from "../trash/put-in-trash";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadSource } from "./load-source";
import { removeSourceSchema } from "./schemas";

/**
 * Moves a source to the trash (an editor can restore it for 30 days), remembering which verdicts
 * cited it so that restoring cites it there again.
 */
export async function removeSource(
  db: Db,
  options: { actor: Actor; workspaceId: string; sourceId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const { version } = removeSourceSchema.parse(options.input);
  await writeWithAudit(db, async (tx, audit) => {
    const { claim, ...before } = await loadSource(tx, options.workspaceId, options.sourceId);
    assertCan(member, "source.delete", { ownerId: before.addedById });
    const [row, citations] = await Promise.all([
      tx.source.findUniqueOrThrow({ where: { id: before.id } }),
      tx.verdictSource.findMany({ where: { sourceId: before.id }, select: { verdictId: true } }),
    ]);
    const verdictIds = citations.map((c) => c.verdictId).sort();
    // A verdict that cites it meanwhile makes this match nothing, rather than lose the citation.
    const deleted = await tx.source.deleteMany({
      where: { id: before.id, version, verdicts: { every: { verdictId: { in: verdictIds } } } },
    });
    if (deleted.count !== 1) throw await staleWrite(tx, "source", await lastEditorOf(tx, before.id), before);
    await removeSearchEntries(tx, [before.id]);
    await putInTrash(tx, {
      workspaceId: options.workspaceId,
      entityType: "source",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      label: row.title,
      payload: { format: 1, kind: "source", source: row, verdictIds },
      deletedById: member.userId,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "source.delete",
      entityType: "source",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      before,
    });
    await refreshClaimStatus(tx, audit, before.claimId, member.userId);
    await purgeExpiredIn(tx, audit, options.workspaceId, new Date());
  });
}
