// Submitted verdicts for agreement statistics. Agreement figures reveal how reviewers rated, so
// they are for those who may read others' verdicts (editors, admins): blind review holds.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function loadSubmittedVerdicts(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId?: string },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "verdict.read_others");
  const [verdicts, scale] = await Promise.all([
    db.verdict.findMany({
      where: {
        workspaceId: options.workspaceId,
        submittedAt: { not: null },
        ...(options.articleId ? { claim: { articleId: options.articleId } } : {}),
      },
      select: { claimId: true, reviewerId: true, ratingId: true, submittedAt: true },
    }),
    db.rating.findMany({
      where: { workspaceId: options.workspaceId },
      select: { id: true, label: true, color: true, ordinal: true, position: true, archivedAt: true },
    }),
  ]);
  return { verdicts: verdicts.map((v) => ({ ...v, submittedAt: v.submittedAt! })), scale };
}
