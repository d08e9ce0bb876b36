import "server-only";
// Without a mail server, an admin of a workspace the person belongs to makes a one-time reset
// link (shown once, like an invite) and passes it on. The person's account spans workspaces, so
// this is trust given to the admins of every workspace one joins; it is recorded in the
// workspace's audit log and in the person's account security log.
import type { Actor } from "../auth/actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { createPasswordResetLink, ISSUED_RESET_LIFETIME_MS } from "./password-reset-link";
import { issuePasswordResetSchema } from "./schemas";

export async function issuePasswordReset(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.issue_password_reset");
  const { membershipId } = issuePasswordResetSchema.parse(options.input);
  const membership = await db.membership.findFirst({
    where: { id: membershipId, workspaceId: options.workspaceId },
    select: { id: true, user: { select: { id: true, name: true, email: true, kind: true } } },
  });
  if (!membership || membership.user.kind !== "account") throw new AppError("not_found", "Member not found.");
  const { user } = membership;
  return writeWithAudit(db, async (tx, audit) => {
    const link = await createPasswordResetLink(tx, {
      userId: user.id,
      lifetimeMs: ISSUED_RESET_LIFETIME_MS,
      issuedById: member.userId,
      workspaceId: options.workspaceId,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "membership.password_reset_issued",
      entityType: "membership",
      entityId: membership.id,
      after: { email: user.email, expiresAt: link.expiresAt },
    });
    await recordAuthEvent(tx, {
      action: "password_reset_issued",
      userId: user.id,
      detail: `link issued by ${member.userId} in workspace ${options.workspaceId}`,
    });
    return { name: user.name, email: user.email, token: link.token, expiresAt: link.expiresAt };
  });
}
