import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "./get-member-actor";

export async function revokeInvite(db: Db, options: { actor: Actor; workspaceId: string; inviteId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.invite");
  await writeWithAudit(db, async (tx, audit) => {
    const revoked = await tx.invite.updateMany({
      where: { id: options.inviteId, workspaceId: options.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("not_found", "Invite not found, or already used.");
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "invite.revoke",
      entityType: "invite",
      entityId: options.inviteId,
    });
  });
}
