// "My queue": what is assigned to me and still open (oldest first, with progress), and what I
// finished recently. Withdrawn assignments are not mine to do any more: they are not listed.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ASSIGNMENT_ITEM_SELECT, assignmentItemsOf, type AssignmentItem } from "./assignment-item";
import { whereAssignmentState } from "./assignment-state";

export const RECENTLY_DONE_DAYS = 30;
export const RECENTLY_DONE_MAX = 20;

export async function listMyQueue(
  db: Db,
  options: { actor: Actor; workspaceId: string; now?: Date },
): Promise<{ open: AssignmentItem[]; done: AssignmentItem[] }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "assignment.read");
  const now = options.now ?? new Date();
  const mine = { workspaceId: options.workspaceId, assigneeId: member.userId };
  const [open, done] = await Promise.all([
    db.assignment.findMany({
      where: { ...mine, ...whereAssignmentState("open") },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: ASSIGNMENT_ITEM_SELECT,
    }),
    db.assignment.findMany({
      where: {
        ...mine,
        withdrawnAt: null,
        completedAt: { gte: new Date(now.getTime() - RECENTLY_DONE_DAYS * 24 * 60 * 60 * 1000) },
      },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      take: RECENTLY_DONE_MAX,
      select: ASSIGNMENT_ITEM_SELECT,
    }),
  ]);
  const items = await assignmentItemsOf(db, [...open, ...done], now);
  return { open: items.slice(0, open.length), done: items.slice(open.length) };
}
