// Admins edit the workspace's rating scale. Changing a rating that verdicts use asks what those
// verdicts become (existingVerdicts); without an answer the change is refused with the usage count.
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db, DbTx } from "../db/client";
import { writeWithAudit, type AuditTrail } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { addRatingSchema, removeRatingSchema, reorderRatingsSchema, updateRatingSchema } from "./schemas";

const select = {
  id: true,
  label: true,
  description: true,
  color: true,
  ordinal: true,
  position: true,
  claimReviewName: true,
  claimReviewValue: true,
  archivedAt: true,
  version: true,
} as const;

async function loadRating(tx: DbTx, workspaceId: string, ratingId: string) {
  const rating = await tx.rating.findFirst({ where: { id: ratingId, workspaceId, archivedAt: null }, select });
  if (!rating) throw new AppError("not_found", "Rating not found.");
  return rating;
}

async function usageOf(tx: DbTx, ratingId: string): Promise<number> {
  const [verdicts, finals] = await Promise.all([
    tx.verdict.count({ where: { ratingId } }),
    tx.finalVerdict.count({ where: { ratingId } }),
  ]);
  return verdicts + finals;
}

function record(
  audit: AuditTrail,
  workspaceId: string,
  actorId: string,
  action: string,
  ratingId: string,
  before: unknown,
  after: unknown,
) {
  return audit.record({
    workspaceId,
    actorId,
    action,
    entityType: "rating",
    entityId: ratingId,
    before: before ?? undefined,
    after: after ?? undefined,
  });
}

export async function addRating(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const input = addRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const last = await tx.rating.aggregate({ where: { workspaceId: options.workspaceId }, _max: { position: true } });
    const rating = await tx.rating.create({
      data: { ...input, workspaceId: options.workspaceId, position: (last._max.position ?? -1) + 1 },
      select,
    });
    await record(audit, options.workspaceId, member.userId, "rating.create", rating.id, null, rating);
    return rating;
  });
}

export async function updateRating(
  db: Db,
  options: { actor: Actor; workspaceId: string; ratingId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { version, existingVerdicts, ...fields } = updateRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadRating(tx, options.workspaceId, options.ratingId);
    if (before.version !== version) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    const renamed =
      fields.label !== before.label ||
      fields.ordinal !== before.ordinal ||
      fields.claimReviewValue !== before.claimReviewValue;
    const usage = renamed ? await usageOf(tx, before.id) : 0;
    if (usage > 0 && !existingVerdicts) {
      throw new AppError(
        "conflict",
        `${usage} verdict${usage === 1 ? " uses" : "s use"} “${before.label}”. Choose whether they follow the change or keep the old rating.`,
        { usage, needs: "existingVerdicts" },
      );
    }
    if (usage > 0 && existingVerdicts === "keep") {
      // The old rating stays, archived, on existing verdicts; the changed one is new.
      await tx.rating.update({ where: { id: before.id }, data: { archivedAt: new Date(), version: { increment: 1 } } });
      const replacement = await tx.rating.create({
        data: { ...fields, workspaceId: options.workspaceId, position: before.position },
        select,
      });
      await record(audit, options.workspaceId, member.userId, "rating.archive", before.id, before, {
        ...before,
        archived: true,
      });
      await record(audit, options.workspaceId, member.userId, "rating.create", replacement.id, null, replacement);
      return replacement;
    }
    const updated = await tx.rating.updateMany({
      where: { id: before.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    const after = await tx.rating.findUniqueOrThrow({ where: { id: before.id }, select });
    await record(audit, options.workspaceId, member.userId, "rating.update", before.id, before, after);
    return after;
  });
}

export async function removeRating(
  db: Db,
  options: { actor: Actor; workspaceId: string; ratingId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { version, existingVerdicts } = removeRatingSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await loadRating(tx, options.workspaceId, options.ratingId);
    if (before.version !== version) throw await staleWrite(tx, "rating", await lastEditorOf(tx, before.id), before);
    if ((await tx.rating.count({ where: { workspaceId: options.workspaceId, archivedAt: null } })) <= 1) {
      throw new AppError("conflict", "A rating scale needs at least one rating.");
    }
    const usage = await usageOf(tx, before.id);
    if (usage > 0 && !existingVerdicts) {
      throw new AppError(
        "conflict",
        `${usage} verdict${usage === 1 ? " uses" : "s use"} “${before.label}”. Choose a rating to move them to, or keep them under the removed rating.`,
        { usage, needs: "existingVerdicts" },
      );
    }
    if (usage > 0 && existingVerdicts?.action === "reassign") {
      const target = await tx.rating.findFirst({
        where: {
          id: existingVerdicts.toRatingId,
          workspaceId: options.workspaceId,
          archivedAt: null,
          NOT: { id: before.id },
        },
        select: { id: true, label: true },
      });
      if (!target)
        throw new AppError("validation_failed", "Choose another rating of this workspace to move the verdicts to.");
      const published = await tx.finalVerdict.count({ where: { ratingId: before.id, published: true } });
      if (published)
        throw new AppError(
          "locked",
          `${published} published final verdict${published === 1 ? " uses" : "s use"} this rating; unpublish them first or keep them.`,
        );
      const moved = await tx.verdict.updateMany({
        where: { ratingId: before.id },
        data: { ratingId: target.id, version: { increment: 1 } },
      });
      const movedFinal = await tx.finalVerdict.updateMany({
        where: { ratingId: before.id },
        data: { ratingId: target.id, version: { increment: 1 } },
      });
      await record(
        audit,
        options.workspaceId,
        member.userId,
        "rating.reassign",
        before.id,
        { rating: before.label },
        { rating: target.label, verdicts: moved.count, finalVerdicts: movedFinal.count },
      );
    }
    if (usage > 0 && existingVerdicts?.action === "keep") {
      await tx.rating.update({ where: { id: before.id }, data: { archivedAt: new Date(), version: { increment: 1 } } });
      await record(audit, options.workspaceId, member.userId, "rating.archive", before.id, before, {
        ...before,
        archived: true,
      });
      return { removed: before.id, archived: true };
    }
    await tx.rating.delete({ where: { id: before.id } });
    await record(audit, options.workspaceId, member.userId, "rating.delete", before.id, before, null);
    return { removed: before.id, archived: false };
  });
}

export async function reorderRatings(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "rating_scale.update");
  const { ratingIds } = reorderRatingsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const active = await tx.rating.findMany({
      where: { workspaceId: options.workspaceId, archivedAt: null },
      select: { id: true, label: true },
      orderBy: { position: "asc" },
    });
    if (active.length !== ratingIds.length || !active.every((r) => ratingIds.includes(r.id))) {
      throw new AppError("validation_failed", "List every rating of the scale exactly once.");
    }
    for (const [position, id] of ratingIds.entries())
      await tx.rating.update({ where: { id }, data: { position, version: { increment: 1 } } });
    const labels = new Map(active.map((r) => [r.id, r.label]));
    await record(
      audit,
      options.workspaceId,
      member.userId,
      "rating.reorder",
      options.workspaceId,
      { order: active.map((r) => r.label) },
      { order: ratingIds.map((id) => labels.get(id)) },
    );
  });
}
