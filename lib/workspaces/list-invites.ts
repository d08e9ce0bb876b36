import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "./get-member-actor";

/** Pending invites (admins only): address, role, expiry. Tokens are never readable again. */
export async function listPendingInvites(db: Db, options: { actor: Actor; workspaceId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.invite");
  return db.invite.findMany({
    where: { workspaceId: options.workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
    },
  });
}
