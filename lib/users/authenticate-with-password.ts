// Checks an e-mail and password for next-auth's Credentials provider, with rate limiting per
// address and per client IP, and the same timing whether or not the address exists.
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { decoyPasswordHash, verifyPassword } from "../auth/password";
import { consumeRateLimit, resetRateLimit } from "../rate-limit/consume-rate-limit";
import { signInSchema } from "./schemas";

export const SIGN_IN_LIMITS = {
  perEmail: { limit: 10, windowMs: 15 * 60_000 },
  perIp: { limit: 100, windowMs: 15 * 60_000 },
};

export async function authenticateWithPassword(db: Db, options: { input: unknown; ip: string | null }) {
  const parsed = signInSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation_failed", "Enter your e-mail and password.");
  const { email, password } = parsed.data;
  const checks = [consumeRateLimit(db, `sign-in:email:${email}`, SIGN_IN_LIMITS.perEmail)];
  if (options.ip) checks.push(consumeRateLimit(db, `sign-in:ip:${options.ip}`, SIGN_IN_LIMITS.perIp));
  const results = await Promise.all(checks);
  const blocked = results.find((result) => !result.allowed);
  if (blocked) {
    const minutes = Math.ceil(blocked.retryAfterSeconds / 60);
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { retryAfterSeconds: blocked.retryAfterSeconds },
    );
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !valid) return null;
  await resetRateLimit(db, `sign-in:email:${email}`);
  return { id: user.id, name: user.name, email: user.email };
}
