// Checks an e-mail and password for next-auth's Credentials provider, with progressive delays per
// account, per client address and per client address across accounts (lib/sign-in-throttle), and
// the same timing whether or not the address exists. A browser holding a valid device cookie for
// the account is delayed only by its own failures, so others' failures cannot lock the owner out.
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { decoyPasswordHash, verifyPassword } from "../auth/password";
import { issueDeviceToken, readDeviceToken } from "../sign-in-throttle/device-token";
import {
  forgetFailures,
  pendingWait,
  recordSignInFailure,
  throttleKeys,
  type ThrottleKey,
} from "../sign-in-throttle/sign-in-failures";
import { signInSchema } from "./schemas";

export interface PasswordSignInOptions {
  input: unknown;
  ip: string | null;
  /** The device cookie the browser sent, if any, and the secret that signs it. */
  device?: { token: string | null; secret: string };
  now?: Date;
}

function waitMessage(seconds: number): string {
  if (seconds < 60) return `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The account when the password is right (with the device cookie to set, when a secret was given),
 * null when it is not; throws AppError "rate_limited" (detail: the counter and the wait) while a
 * delay applies.
 */
export async function authenticateWithPassword(db: Db, options: PasswordSignInOptions) {
  const parsed = signInSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation_failed", "Enter your e-mail and password.");
  const { email, password } = parsed.data;
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const presented = options.device ? readDeviceToken(options.device.secret, options.device.token) : null;
  const knownDevice = presented && user && presented.userId === user.id ? presented : null;
  // A known device answers only for its own failures; anyone else for the account's and the address's.
  const keys: ThrottleKey[] = knownDevice
    ? [throttleKeys.device(knownDevice.deviceId)]
    : [
        throttleKeys.account(email),
        ...(options.ip ? [throttleKeys.ip(options.ip), throttleKeys.spray(options.ip)] : []),
      ];
  const wait = await pendingWait(db, keys, now);
  if (wait)
    throw new AppError("rate_limited", waitMessage(wait.retryAfterSeconds), {
      retryAfterSeconds: wait.retryAfterSeconds,
      throttledBy: wait.kind,
    });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !valid) {
    await recordSignInFailure(db, { email, ip: options.ip, deviceId: knownDevice?.deviceId ?? null, now });
    return null;
  }
  await forgetFailures(db, [knownDevice ? throttleKeys.device(knownDevice.deviceId) : throttleKeys.account(email)]);
  const deviceToken = options.device
    ? knownDevice
      ? options.device.token!
      : issueDeviceToken(options.device.secret, user.id)
    : null;
  return { id: user.id, name: user.name, email: user.email, deviceToken };
}
