// An editor asks reviewers to review an article or some of its claims, optionally by a date.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { notifyAssigned } from "../notifications/notify";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { roleAtLeast, isRole } from "../permissions/roles";
import { getMemberActor } from "../workspaces/get-member-actor";
import { createAssignmentSchema } from "./schemas";

export async function createAssignments(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "assignment.create");
  const input = createAssignmentSchema.parse(options.input);
  const article = await db.article.findFirst({
    where: { id: input.articleId, workspaceId: options.workspaceId },
    select: { id: true },
  });
  if (!article) throw new AppError("not_found", "Article not found.");
  const claimIds = [...new Set(input.claimIds ?? [])];
  if (
    claimIds.length &&
    (await db.claim.count({ where: { id: { in: claimIds }, articleId: article.id } })) !== claimIds.length
  ) {
    throw new AppError("validation_failed", "Some of the chosen claims are not in this article.", {
      fields: { claimIds: ["Not claims of this article."] },
    });
  }
  const assignees = await db.membership.findMany({
    where: { workspaceId: options.workspaceId, userId: { in: input.assigneeIds } },
    select: { userId: true, role: true },
  });
  const reviewers = assignees.filter((a) => isRole(a.role) && roleAtLeast(a.role, "reviewer"));
  if (reviewers.length !== new Set(input.assigneeIds).size) {
    throw new AppError("validation_failed", "Assign members who can review (reviewers, editors or admins).", {
      fields: { assigneeIds: ["Only reviewers, editors and admins can be assigned."] },
    });
  }
  return writeWithAudit(db, async (tx, audit) => {
    const targets = claimIds.length ? claimIds : [null];
    const created = [];
    for (const assignee of reviewers) {
      for (const claimId of targets) {
        const assignment = await tx.assignment.create({
          data: {
            workspaceId: options.workspaceId,
            articleId: article.id,
            claimId,
            assigneeId: assignee.userId,
            assignedById: member.userId,
            dueAt: input.dueAt,
          },
          select: { id: true, articleId: true, claimId: true, assigneeId: true, dueAt: true, version: true },
        });
        await audit.record({
          workspaceId: options.workspaceId,
          actorId: member.userId,
          action: "assignment.create",
          entityType: "assignment",
          entityId: assignment.id,
          articleId: article.id,
          claimId,
          after: assignment,
        });
        created.push(assignment);
      }
    }
    await notifyAssigned({ tx, audit, workspaceId: options.workspaceId, actorId: member.userId }, created);
    return created;
  });
}
