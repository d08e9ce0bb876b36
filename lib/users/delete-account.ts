import "server-only";
// Deleting one's account (Settings). The person's work stays where colleagues rely on it (claims,
// notes, verdicts, the audit log), credited to "deleted user": the User row is kept but emptied.
// Its e-mail column becomes a synthetic value that is not an e-mail address, so the address is
// free to sign up again; the password, linked sign-in providers, memberships, sessions, API
// tokens and reset links go. The last admin of a workspace must hand it over first, or the
// workspace would have nobody to manage it.
import { randomUUID } from "node:crypto";
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import type { Actor } from "../auth/actor";
import { verifyPassword } from "../auth/password";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { deleteAccountSchema } from "./schemas";

export const DELETED_USER_NAME = "deleted user";
export const DELETED_KIND = "deleted";

export async function deleteAccount(db: Db, options: { actor: Actor; input: unknown }) {
  assertSessionActor(options.actor);
  const { password } = deleteAccountSchema.parse(options.input);
  const userId = options.actor.userId;
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, kind: true } });
  if (!user || user.kind !== "account") throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  if (!user.passwordHash)
    throw new AppError(
      "validation_failed",
      "Your account has no password. Ask an admin of your workspace for a password reset link, set one, then delete the account.",
    );
  if (!(await verifyPassword(user.passwordHash, password))) {
    const message = "That is not your password.";
    throw new AppError("validation_failed", message, { fields: { password: [message] } });
  }
  return writeWithAudit(db, async (tx, audit) => {
    const memberships = await tx.membership.findMany({
      where: { userId },
      select: { id: true, role: true, workspaceId: true, workspace: { select: { name: true } } },
    });
    const stranded: string[] = [];
    for (const membership of memberships.filter((m) => m.role === "admin")) {
      const otherAdmins = await tx.membership.count({
        where: { workspaceId: membership.workspaceId, role: "admin", userId: { not: userId } },
      });
      if (otherAdmins === 0) stranded.push(membership.workspace.name);
    }
    if (stranded.length)
      throw new AppError(
        "conflict",
        `You are the only admin of ${stranded.join(", ")}. Make someone else an admin there first, then delete your account.`,
      );
    for (const membership of memberships) {
      await audit.record({
        workspaceId: membership.workspaceId,
        actorId: userId,
        action: "membership.account_deleted",
        entityType: "membership",
        entityId: membership.id,
        before: { role: membership.role },
      });
    }
    const now = new Date();
    await tx.membership.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.passwordReset.deleteMany({ where: { userId } });
    await tx.presence.deleteMany({ where: { userId } });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({
      where: { id: userId },
      data: {
        name: DELETED_USER_NAME,
        email: `${DELETED_KIND}:${randomUUID()}`,
        passwordHash: null,
        image: null,
        kind: DELETED_KIND,
      },
    });
    await recordAuthEvent(tx, {
      action: "account_deleted",
      userId,
      detail: `left ${memberships.length} workspace(s)`,
    });
    return { workspacesLeft: memberships.length };
  });
}
