import "server-only";
// "Forgot password?": when mail is configured and the address belongs to an account, a one-time
// link goes to that address. The answer is the same in every case (no account, an account that
// signs in with another provider, too many requests, no mail server), and the mail is sent after
// the answer, so neither the words nor the time tell whether the address is registered.
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { transaction, type Db } from "../db/client";
import { mailConfigured, sendMail } from "../mail/send-mail";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { createPasswordResetLink, MAILED_RESET_LIFETIME_MS, passwordResetUrl } from "./password-reset-link";
import { requestPasswordResetSchema } from "./schemas";

/** At most this many mailed links per address per hour: no one fills a mailbox through Margin. */
export const RESET_MAIL_LIMIT = { limit: 3, windowMs: 60 * 60_000 };

export interface RequestPasswordResetResult {
  /** Whether a link could have been mailed: the same for every address. */
  mailConfigured: boolean;
  /** Resolves once the mail (if any) is handed to the mail server; the answer does not wait for it. */
  delivered: Promise<void>;
}

export async function requestPasswordReset(
  db: Db,
  options: { input: unknown; origin: string | null; ip?: string | null; userAgent?: string | null },
): Promise<RequestPasswordResetResult> {
  const { email } = requestPasswordResetSchema.parse(options.input);
  const canMail = mailConfigured() && Boolean(options.origin);
  if (mailConfigured() && !options.origin)
    console.warn(
      "[password-reset] NEXTAUTH_URL is not set: reset links are not mailed (the link's origin would come from the request)",
    );
  const answer = (delivered: Promise<void> = Promise.resolve()) => ({ mailConfigured: canMail, delivered });
  if (!canMail) return answer();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, kind: true, passwordHash: true },
  });
  if (!user || user.kind !== "account") return answer();
  const allowed = (await consumeRateLimit(db, `password-reset:email:${email}`, RESET_MAIL_LIMIT)).allowed;
  if (!allowed) return answer();
  const link = await transaction(db, async (tx) => {
    const created = await createPasswordResetLink(tx, { userId: user.id, lifetimeMs: MAILED_RESET_LIFETIME_MS });
    await recordAuthEvent(tx, {
      action: "password_reset_requested",
      userId: user.id,
      email,
      ip: options.ip,
      userAgent: options.userAgent,
      detail: "link mailed",
    });
    return created;
  });
  const url = passwordResetUrl(options.origin!, link.token);
  const delivered = sendMail({
    to: user.email,
    subject: "Reset your Margin password",
    text: [
      `Hello ${user.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Margin account. Open this link within an hour to choose a new one:",
      "",
      url,
      "",
      "The link works once. If you did not ask for it, ignore this message: your password stays as it is.",
    ].join("\n"),
  }).then(
    () => undefined,
    (error: unknown) => console.error("[mail] could not send the password reset link", error),
  );
  return answer(delivered);
}
