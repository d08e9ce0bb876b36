import "server-only";
// Changing one's password: the current one proves it is the person (not someone at an unlocked
// browser), the new one must pass the password policy, and every other session ends, so whoever
// knew the old password is signed out everywhere else. This browser stays signed in.
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { notifyPasswordChanged } from "./notify-password-changed";
import { weakPasswordProblem } from "./password-policy";
import { changePasswordSchema } from "./schemas";

export async function changePassword(db: Db, options: { actor: Actor; input: unknown }) {
  assertSessionActor(options.actor);
  const { currentPassword, newPassword } = changePasswordSchema.parse(options.input);
  const user = await db.user.findUnique({
    where: { id: options.actor.userId },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  if (!user.passwordHash)
    throw new AppError("validation_failed", "Your account signs in with another provider; it has no password here.");
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw fieldError("currentPassword", "That is not your current password.");
  if (newPassword === currentPassword)
    throw fieldError("newPassword", "Choose a password different from the current one.");
  const weak = weakPasswordProblem(newPassword, [user.name, user.email]);
  if (weak) throw fieldError("newPassword", weak);
  const passwordHash = await hashPassword(newPassword);
  const keep = options.actor.sessionId;
  const result = await transaction(db, async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: new Date() },
    });
    await recordAuthEvent(tx, {
      action: "password_changed",
      userId: user.id,
      detail: `${ended.count} other session(s) ended`,
    });
    return { otherSessionsEnded: ended.count };
  });
  await notifyPasswordChanged(user, "changed");
  return result;
}

function fieldError(field: string, message: string): AppError {
  return new AppError("validation_failed", message, { fields: { [field]: [message] } });
}
