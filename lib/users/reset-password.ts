import "server-only";
// Following a reset link: the new password must pass the policy; the link is used up, every
// session of the person ends (whoever knew the old password is out), and the change is recorded
// in the account security log and, when mail is configured, told to the person by e-mail.
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { hashPassword } from "../auth/password";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { notifyPasswordChanged } from "./notify-password-changed";
import { weakPasswordProblem } from "./password-policy";
import { findUsablePasswordReset } from "./password-reset-link";
import { resetPasswordSchema } from "./schemas";

export const RESET_LINK_UNUSABLE =
  "This reset link is not valid any more: it was used, replaced by a newer one or has expired. Ask for a new one.";

export async function resetPassword(
  db: Db,
  options: { input: unknown; ip?: string | null; userAgent?: string | null },
): Promise<{ email: string; sessionsEnded: number }> {
  const { token, password } = resetPasswordSchema.parse(options.input);
  const reset = await findUsablePasswordReset(db, token);
  if (!reset) throw new AppError("not_found", RESET_LINK_UNUSABLE);
  const weak = weakPasswordProblem(password, [reset.user.name, reset.user.email]);
  if (weak) throw new AppError("validation_failed", weak, { fields: { password: [weak] } });
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const ended = await transaction(db, async (tx) => {
    // Used up only if still unused: of two requests racing with one link, one wins.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("not_found", RESET_LINK_UNUSABLE);
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash } });
    await tx.passwordReset.updateMany({
      where: { userId: reset.user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const sessions = await tx.session.updateMany({
      where: { userId: reset.user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await recordAuthEvent(tx, {
      action: "password_reset",
      userId: reset.user.id,
      ip: options.ip,
      userAgent: options.userAgent,
      detail: `${sessions.count} session(s) ended`,
    });
    return sessions.count;
  });
  await notifyPasswordChanged(reset.user, "reset");
  return { email: reset.user.email, sessionsEnded: ended };
}
