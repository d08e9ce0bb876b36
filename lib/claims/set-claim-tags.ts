import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { ensureTags } from "../tags/ensure-tags";
import { getMemberActor } from "../workspaces/get-member-actor";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { setClaimTagsSchema } from "./schemas";

/** Replaces a claim's tags. Any reviewer may tag any claim (tags organise shared work). */
export async function setClaimTags(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "tag.create");
  const input = setClaimTagsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    const before = (
      await tx.claimTag.findMany({ where: { claimId: claim.id }, select: { tag: { select: { name: true } } } })
    ).map((t) => t.tag.name);
    const bumped = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1)
      throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), { version: claim.version, tags: before });
    const tags = await ensureTags(tx, options.workspaceId, input.tags);
    await tx.claimTag.deleteMany({ where: { claimId: claim.id } });
    if (tags.length) await tx.claimTag.createMany({ data: tags.map((tag) => ({ claimId: claim.id, tagId: tag.id })) });
    const after = tags.map((tag) => tag.name);
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "claim.tags",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { tags: before },
      after: { tags: after },
    });
    return { tags: after, version: claim.version + 1 };
  });
}
