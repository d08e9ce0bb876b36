import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadSource } from "./load-source";
import { updateSourceSchema } from "./schemas";
import { sourceSearchText } from "./source-snapshot";

export async function updateSource(
  db: Db,
  options: { actor: Actor; workspaceId: string; sourceId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  const { version, ...fields } = updateSourceSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const { claim, ...before } = await loadSource(tx, options.workspaceId, options.sourceId);
    assertCan(member, "source.update", { ownerId: before.addedById });
    const updated = await tx.source.updateMany({
      where: { id: before.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "source", await lastEditorOf(tx, before.id), before);
    const after = { ...before, ...fields, version: before.version + 1 };
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "source",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      body: sourceSearchText(after),
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "source.update",
      entityType: "source",
      entityId: before.id,
      articleId: claim.articleId,
      claimId: before.claimId,
      before,
      after,
    });
    return after;
  });
}
