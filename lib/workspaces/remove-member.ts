import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { assertAnotherAdmin } from "./assert-another-admin";
import { getMemberActor } from "./get-member-actor";

export async function removeMember(db: Db, options: { actor: Actor; workspaceId: string; membershipId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.remove");
  return writeWithAudit(db, async (tx, audit) => {
    const before = await tx.membership.findFirst({
      where: { id: options.membershipId, workspaceId: options.workspaceId },
      select: { id: true, userId: true, role: true, version: true },
    });
    if (!before) throw new AppError("not_found", "Member not found.");
    if (before.role === "admin") await assertAnotherAdmin(tx, options.workspaceId, before.id);
    await tx.membership.delete({ where: { id: before.id } });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "membership.remove",
      entityType: "membership",
      entityId: before.id,
      before,
    });
  });
}
