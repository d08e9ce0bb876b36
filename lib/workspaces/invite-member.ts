import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "./get-member-actor";
import { INVITE_LIFETIME_DAYS, newInviteToken } from "./invite-token";
import { inviteMemberSchema } from "./schemas";

/** Admins invite by e-mail; the returned token becomes the link shown once (no mail server needed). */
export async function inviteMember(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.invite");
  const { email, role } = inviteMemberSchema.parse(options.input);
  const existing = await db.membership.findFirst({
    where: { workspaceId: options.workspaceId, user: { email } },
    select: { id: true },
  });
  if (existing) throw new AppError("conflict", `${email} is already a member of this workspace.`);
  const { token, tokenHash } = newInviteToken();
  const invite = await writeWithAudit(db, async (tx, audit) => {
    // A new invite for the same address replaces the pending one.
    await tx.invite.updateMany({
      where: { workspaceId: options.workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invite.create({
      data: {
        workspaceId: options.workspaceId,
        email,
        role,
        tokenHash,
        invitedById: member.userId,
        expiresAt: new Date(Date.now() + INVITE_LIFETIME_DAYS * 86_400_000),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "invite.create",
      entityType: "invite",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { invite, token };
}
