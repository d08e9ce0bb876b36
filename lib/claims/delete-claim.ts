import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { notifyClaimTrashed } from "../notifications/notify";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { removeSearchEntries } from "../search/search-entries";
import { claimUnchangedSince, collectClaimGraphs } from "../trash/collect-claim-graphs";
import { purgeExpiredIn } from "../trash/purge-expired";
import { putInTrash } from "../trash/put-in-trash";
import { getMemberActor } from "../workspaces/get-member-actor";
import { claimSnapshotSelect } from "./claim-snapshot";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { claimForDeletion } from "./others-work-on-claim";
import { deleteClaimSchema } from "./schemas";

/**
 * Moves a claim to the trash with everything on it (notes, sources, verdicts, final verdict,
 * tags, assignments), where an editor can restore it for 30 days. Its author may delete it while
 * nobody else has worked on it; editors may delete any claim without a published final verdict.
 */
export async function deleteClaim(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const input = deleteClaimSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    assertCan(member, "claim.delete", await claimForDeletion(tx, member, claim));
    const [snapshot, published] = await Promise.all([
      tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSnapshotSelect }),
      tx.finalVerdict.count({ where: { claimId: claim.id, published: true } }),
    ]);
    if (published) throw new AppError("locked", "This claim has a published verdict. Unpublish it first.");
    const stale = async () => staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), snapshot);
    if (snapshot.version !== input.version) throw await stale();
    const [graph] = await collectClaimGraphs(tx, [claim.id]);
    if (!graph) throw await stale();
    const deleted = await tx.claim.deleteMany({ where: { ...claimUnchangedSince(graph), version: input.version } });
    if (deleted.count !== 1) throw await stale();
    await removeSearchEntries(tx, [
      claim.id,
      ...graph.notes.map((note) => note.row.id),
      ...graph.sources.map((source) => source.id),
    ]);
    await putInTrash(tx, {
      workspaceId: options.workspaceId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      label: claim.exact,
      payload: { format: 1, kind: "claim", graph },
      deletedById: member.userId,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "claim.delete",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: snapshot,
    });
    await notifyClaimTrashed(
      { tx, audit, workspaceId: options.workspaceId, actorId: member.userId },
      "claim_deleted",
      graph.claim,
    );
    await purgeExpiredIn(tx, audit, options.workspaceId, new Date());
  });
}
