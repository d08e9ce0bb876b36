// "My queue": what is assigned to me and not done, oldest first.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function listMyQueue(db: Db, options: { actor: Actor; workspaceId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.read");
  const rows = await db.assignment.findMany({
    where: { workspaceId: options.workspaceId, assigneeId: member.userId, completedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      dueAt: true,
      createdAt: true,
      assignedBy: { select: { name: true } },
      article: { select: { id: true, title: true } },
      claim: {
        select: {
          id: true,
          exact: true,
          status: true,
          verdicts: { where: { reviewerId: member.userId }, select: { submittedAt: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    dueAt: row.dueAt,
    createdAt: row.createdAt,
    assignedBy: row.assignedBy.name,
    article: row.article,
    claim: row.claim
      ? {
          id: row.claim.id,
          exact: row.claim.exact,
          status: row.claim.status,
          myVerdictSubmitted: Boolean(row.claim.verdicts[0]?.submittedAt),
        }
      : null,
    overdue: row.dueAt !== null && row.dueAt < new Date(),
  }));
}
