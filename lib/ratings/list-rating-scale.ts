import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

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

export async function loadRatingScale(db: DbTx, workspaceId: string, options: { includeArchived?: boolean } = {}): Promise<RatingView[]> {
  const rows = await db.rating.findMany({
    where: { workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
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
      _count: { select: { verdicts: true, finalVerdicts: true } },
    },
  });
  return rows.map(({ archivedAt, _count, ...row }) => ({ ...row, archived: archivedAt !== null, usage: _count.verdicts + _count.finalVerdicts }));
}

export async function listRatingScale(db: Db, options: { actor: Actor; workspaceId: string; includeArchived?: boolean }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.read");
  return loadRatingScale(db, options.workspaceId, { includeArchived: options.includeArchived ?? false });
}
