// The workspace's assignments, newest first, filtered by assignee, state and article (the API
// and the article's assignment panel).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { ASSIGNMENT_ITEM_SELECT, assignmentItemsOf, type AssignmentItem } from "./assignment-item";
import { whereAssignmentState } from "./assignment-state";
import { listAssignmentsQuerySchema } from "./schemas";

export async function listAssignments(
  db: Db,
  options: { actor: Actor; workspaceId: string; query: unknown },
): Promise<{ items: AssignmentItem[]; nextCursor: string | null }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "assignment.read");
  const query = listAssignmentsQuerySchema.parse(options.query);
  const assigneeId = query.assignee === "me" ? member.userId : query.assignee;
  const rows = await db.assignment.findMany({
    where: {
      workspaceId: options.workspaceId,
      ...(assigneeId ? { assigneeId } : {}),
      ...(query.article ? { articleId: query.article } : {}),
      ...(query.state ? whereAssignmentState(query.state) : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: ASSIGNMENT_ITEM_SELECT,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: await assignmentItemsOf(db, page),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
