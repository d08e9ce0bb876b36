import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { assertAnotherAdmin } from "./assert-another-admin";
import { getMemberActor } from "./get-member-actor";
import { changeMemberRoleSchema } from "./schemas";

export async function changeMemberRole(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.update_role");
  const input = changeMemberRoleSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await tx.membership.findFirst({
      where: { id: input.membershipId, workspaceId: options.workspaceId },
      select: { id: true, userId: true, role: true, version: true },
    });
    if (!before) throw new AppError("not_found", "Member not found.");
    if (before.role === "admin" && input.role !== "admin") await assertAnotherAdmin(tx, options.workspaceId, before.id);
    const updated = await tx.membership.updateMany({
      where: { id: before.id, version: input.version },
      data: { role: input.role, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      throw new AppError("conflict", "This member's role was changed by someone else meanwhile.", {
        current: before,
      });
    }
    const after = { ...before, role: input.role, version: before.version + 1 };
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "membership.update_role",
      entityType: "membership",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
