import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { hashInviteToken } from "./invite-token";

export async function findInvite(db: Db, token: string) {
  if (typeof token !== "string" || token.length < 16 || token.length > 100) return null;
  return db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { id: true, name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/**
 * The signed-in user joins the workspace with the invited role. The link is the credential
 * (it was shown to the admin to pass on), so the account's e-mail need not match.
 */
export async function acceptInvite(db: Db, options: { actor: Actor; token: string }) {
  assertActor(options.actor);
  const invite = await findInvite(db, options.token);
  if (!invite) throw new AppError("not_found", "This invite link is not valid.");
  if (invite.revokedAt) throw new AppError("conflict", "This invite was withdrawn. Ask the admin for a new link.");
  if (invite.acceptedAt) throw new AppError("conflict", "This invite has already been used.");
  if (invite.expiresAt < new Date())
    throw new AppError("conflict", "This invite has expired. Ask the admin for a new link.");
  const userId = options.actor.userId;
  return writeWithAudit(db, async (tx, audit) => {
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (claimed.count !== 1) throw new AppError("conflict", "This invite has already been used.");
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invite.workspace.id, userId } },
      select: { id: true },
    });
    if (!existing) {
      const membership = await tx.membership.create({
        data: { workspaceId: invite.workspace.id, userId, role: invite.role },
        select: { id: true, userId: true, role: true },
      });
      await audit.record({
        workspaceId: invite.workspace.id,
        actorId: userId,
        action: "membership.create",
        entityType: "membership",
        entityId: membership.id,
        after: { ...membership, via: "invite", inviteId: invite.id },
      });
    }
    return invite.workspace;
  });
}
