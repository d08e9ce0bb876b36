import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import { sqlOf } from "../db/client";
import { AppError } from "../errors/app-error";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { ensureTags, normalizeTagNames } from "../tags/ensure-tags";
import { getMemberActor } from "../workspaces/get-member-actor";
import { lastEditorOf } from "./last-editor";
import { loadClaimInWorkspace, staleWrite } from "./load-claim-in-workspace";
import { MAX_TAGS_PER_CLAIM, setClaimTagsSchema } from "./schemas";

/**
 * Changes a claim's tags. Any reviewer may tag any claim (tags organise shared work). `add` and
 * `remove` apply to the tags the claim has when the change runs, so concurrent edits merge;
 * `tags` with a `version` replaces the set and is refused if the claim changed meanwhile.
 */
export async function setClaimTags(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "tag.create");
  const input = setClaimTagsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const claim = await loadClaimInWorkspace(tx, options.workspaceId, options.claimId);
    // The version moves on every tag change, first: on PostgreSQL the row lock it takes makes
    // changes to one claim's tags run one after the other, each reading what the last committed.
    const bumped = await tx.claim.updateMany({
      where: { id: claim.id, ...(input.tags !== undefined ? { version: input.version } : {}) },
      data: { version: { increment: 1 } },
    });
    const before = await tagNamesOf(tx, claim.id);
    if (bumped.count !== 1)
      throw await staleWrite(tx, "claim", await lastEditorOf(tx, claim.id), { version: claim.version, tags: before });
    if (input.tags !== undefined) {
      const tags = await ensureTags(tx, options.workspaceId, input.tags);
      await tx.claimTag.deleteMany({ where: { claimId: claim.id } });
      await addClaimTags(tx, claim.id, tags);
    } else {
      await addClaimTags(tx, claim.id, await ensureTags(tx, options.workspaceId, input.add ?? []));
      await removeClaimTags(tx, claim.id, input.remove ?? []);
    }
    const after = await tagNamesOf(tx, claim.id);
    if (after.length > MAX_TAGS_PER_CLAIM)
      throw new AppError("validation_failed", `At most ${MAX_TAGS_PER_CLAIM} tags per claim.`, {
        fields: { add: [`At most ${MAX_TAGS_PER_CLAIM} tags per claim; it has ${before.length}.`] },
      });
    const { version } = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
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
    return { tags: after, version };
  });
}

async function tagNamesOf(tx: DbTx, claimId: string): Promise<string[]> {
  const rows = await tx.claimTag.findMany({ where: { claimId }, select: { tag: { select: { name: true } } } });
  return rows.map((row) => row.tag.name).sort((a, b) => a.localeCompare(b));
}

/** Links tags to the claim; a tag someone else linked meanwhile is left as it is. */
async function addClaimTags(tx: DbTx, claimId: string, tags: { id: string }[]) {
  if (!tags.length) return;
  await sqlOf(tx)
    .insertInto("ClaimTag")
    .values(tags.map((tag) => ({ claimId, tagId: tag.id })))
    .onConflict((conflict) => conflict.columns(["claimId", "tagId"]).doNothing())
    .execute();
}

/** Unlinks tags named without regard to case, as people type them; a tag already gone is no error. */
async function removeClaimTags(tx: DbTx, claimId: string, names: string[]) {
  const wanted = new Set(normalizeTagNames(names).map((name) => name.toLowerCase()));
  if (!wanted.size) return;
  const linked = await tx.claimTag.findMany({
    where: { claimId },
    select: { tagId: true, tag: { select: { name: true } } },
  });
  const tagIds = linked.filter((row) => wanted.has(row.tag.name.toLowerCase())).map((row) => row.tagId);
  if (tagIds.length) await tx.claimTag.deleteMany({ where: { claimId, tagId: { in: tagIds } } });
}
