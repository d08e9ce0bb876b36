import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ratingSelect } from "./rating-edits";

export interface RatingView {
  id: string;
  label: string;
  description: string;
  color: string;
  ordinal: boolean;
  position: number;
  claimReviewName: string;
  claimReviewValue: number | null;
  archived: boolean;
  version: number;
  usage: number;
}

/** A workspace's ratings in the scale's order; the archived ones only when asked for. */
function scaleQuery(workspaceId: string, options: { includeArchived?: boolean } = {}) {
  return {
    where: { workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }],
  };
}

export async function loadRatingScale(
  db: DbTx,
  workspaceId: string,
  options: { includeArchived?: boolean } = {},
): Promise<RatingView[]> {
  const rows = await db.rating.findMany({ ...scaleQuery(workspaceId, options), select: ratingSelect });
  // Counted per rating through the ratingId indexes: Prisma's relation `_count` grouped the whole
  // Verdict and FinalVerdict tables, of every workspace, on every article page.
  const ratingId = { in: rows.map((row) => row.id) };
  const [verdicts, finals] = await Promise.all([
    db.verdict.groupBy({ by: ["ratingId"], where: { ratingId }, _count: { _all: true } }),
    db.finalVerdict.groupBy({ by: ["ratingId"], where: { ratingId }, _count: { _all: true } }),
  ]);
  const usage = new Map<string, number>();
  for (const group of [...verdicts, ...finals])
    usage.set(group.ratingId, (usage.get(group.ratingId) ?? 0) + group._count._all);
  return rows.map(({ archivedAt, ...row }) => ({
    ...row,
    archived: archivedAt !== null,
    usage: usage.get(row.id) ?? 0,
  }));
}

export async function listRatingScale(
  db: Db,
  options: { actor: Actor; workspaceId: string; includeArchived?: boolean },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.read");
  return loadRatingScale(db, options.workspaceId, { includeArchived: options.includeArchived ?? false });
}

/** A rating a reviewer can choose, as the reader and search show it (no usage counts to gather). */
export interface RatingChoice {
  id: string;
  label: string;
  description: string;
  color: string;
  ordinal: boolean;
}

/** The scale's ratings in use (not archived), in order: what the reader's verdict form offers. */
export async function listRatingChoices(
  db: Db,
  options: { actor: Actor; workspaceId: string },
): Promise<RatingChoice[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.read");
  return db.rating.findMany({
    ...scaleQuery(options.workspaceId),
    select: { id: true, label: true, description: true, color: true, ordinal: true },
  });
}
