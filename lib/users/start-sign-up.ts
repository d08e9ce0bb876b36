import "server-only";
// Signing up when Margin can send mail (SMTP_URL, with NEXTAUTH_URL for the links): the answer is
// "check your e-mail" whether or not the address already has an account, so sign-up does not tell
// who is registered. A new address gets a one-time link that creates the account (proving the
// address is theirs); a registered one gets a note that it already has an account, with the way
// to sign in or reset the password. Without mail Margin cannot confirm an address, so the account
// is made at once and a registered address is answered "already exists" (docs/security.md).
import { hashOneTimeToken, newOneTimeToken } from "../auth/one-time-token";
import { hashPassword } from "../auth/password";
import { safeCallbackUrl } from "../auth/safe-callback-url";
import { transaction, type Db } from "../db/client";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { mailConfigured, sendMail } from "../mail/send-mail";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { weakPasswordProblem } from "./password-policy";
import { signUpSchema } from "./schemas";
import { signUp } from "./sign-up";

export const SIGN_UP_LINK_LIFETIME_MS = 24 * 60 * 60_000;
/** At most this many sign-up mails per address per hour. */
export const SIGN_UP_MAIL_LIMIT = { limit: 3, windowMs: 60 * 60_000 };

export type StartSignUpResult =
  | { status: "created"; user: { id: string; name: string; email: string } }
  | { status: "check_email"; email: string; delivered: Promise<void> };

export async function startSignUp(
  db: Db,
  options: { input: unknown; origin: string | null; callbackUrl?: unknown },
): Promise<StartSignUpResult> {
  if (!mailConfigured() || !options.origin) return { status: "created", user: await signUp(db, options) };
  const origin = options.origin.replace(/\/$/, "");
  const { name, email, password } = signUpSchema.parse(options.input);
  const weak = weakPasswordProblem(password, [name, email]);
  if (weak) throw new AppError("validation_failed", weak, { fields: { password: [weak] } });
  // Hashed in both cases, so a registered address does not answer sooner.
  const passwordHash = await hashPassword(password);
  const answer = (delivered: Promise<void> = Promise.resolve()): StartSignUpResult => ({
    status: "check_email",
    email,
    delivered,
  });
  if (!(await consumeRateLimit(db, `sign-up:email:${email}`, SIGN_UP_MAIL_LIMIT)).allowed) return answer();
  const existing = await db.user.findUnique({ where: { email }, select: { name: true } });
  let message: { subject: string; text: string };
  if (existing) {
    message = {
      subject: "You already have a Margin account",
      text: [
        `Hello ${existing.name},`,
        "",
        "Someone (we hope you) tried to create a Margin account with this address, which already has one.",
        `Sign in at ${origin}/sign-in, or choose a new password at ${origin}/forgot-password.`,
        "",
        "If it was not you, you can ignore this message.",
      ].join("\n"),
    };
  } else {
    const { token, tokenHash } = newOneTimeToken();
    await db.signUpRequest.create({
      data: {
        email,
        name,
        passwordHash,
        tokenHash,
        callbackUrl: safeCallbackUrl(options.callbackUrl),
        expiresAt: new Date(Date.now() + SIGN_UP_LINK_LIFETIME_MS),
      },
    });
    message = {
      subject: "Confirm your Margin account",
      text: [
        `Hello ${name},`,
        "",
        "Open this link within a day to confirm your address and create your Margin account:",
        "",
        `${origin}/sign-up/confirm/${token}`,
        "",
        "If you did not sign up, ignore this message: no account is made.",
      ].join("\n"),
    };
  }
  const delivered = sendMail({ to: email, ...message }).then(
    () => undefined,
    (error: unknown) => console.error("[mail] could not send the sign-up mail", error),
  );
  return answer(delivered);
}

/** The link's sign-up request, when it can still be confirmed. */
export async function findSignUpRequest(db: Db, token: string, now = new Date()) {
  if (typeof token !== "string" || !token || token.length > 200) return null;
  const request = await db.signUpRequest.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { id: true, email: true, name: true, usedAt: true, expiresAt: true },
  });
  return request && !request.usedAt && request.expiresAt > now ? request : null;
}

export const SIGN_UP_LINK_UNUSABLE = "This link is not valid any more: it was used or has expired. Sign up again.";

/** Following the mailed link: the account is made with what was entered at sign-up. */
export async function confirmSignUp(db: Db, options: { token: unknown }) {
  const request = await findSignUpRequest(db, String(options.token ?? ""));
  if (!request) throw new AppError("not_found", SIGN_UP_LINK_UNUSABLE);
  const now = new Date();
  return transaction(db, async (tx) => {
    const claimed = await tx.signUpRequest.updateMany({
      where: { id: request.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("not_found", SIGN_UP_LINK_UNUSABLE);
    const full = await tx.signUpRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { passwordHash: true, callbackUrl: true },
    });
    try {
      const user = await tx.user.create({
        data: { name: request.name, email: request.email, passwordHash: full.passwordHash },
        select: { id: true, email: true },
      });
      return { email: user.email, callbackUrl: full.callbackUrl ?? "/workspaces" };
    } catch (error) {
      if (isUniqueConstraintError(error))
        throw new AppError("conflict", "This address already has an account. Sign in instead.");
      throw error;
    }
  });
}
