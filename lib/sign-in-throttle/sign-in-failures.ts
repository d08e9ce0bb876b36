// Failure counts kept in the database (SignInFailureCount), so every app instance enforces the same
// waits. An attempt that must still wait is refused before the password is checked: nobody sleeps,
// and refused attempts cost no Argon2 work and add no failures.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import {
  FAILURES_FORGOTTEN_AFTER_MS,
  SIGN_IN_THROTTLE,
  delayAfterFailures,
  type ThrottleKind,
} from "./throttle-policy";

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

// E-mail addresses and client addresses are hashed: keys stay short and the table names nobody.
const digest = (value: string) => createHash("sha256").update(value).digest("base64url");

export const throttleKeys = {
  account: (email: string): ThrottleKey => ({ kind: "account", key: `account:${digest(email)}` }),
  device: (deviceId: string): ThrottleKey => ({ kind: "device", key: `device:${digest(deviceId)}` }),
  ip: (ip: string): ThrottleKey => ({ kind: "ip", key: `ip:${digest(ip)}` }),
  spray: (ip: string): ThrottleKey => ({ kind: "spray", key: `spray:${digest(ip)}` }),
  /** Marks that this client address already failed on this account (counted once for spraying). */
  sprayedAccount: (ip: string, email: string) => `sprayed:${digest(`${ip}\n${email}`)}`,
};

export interface ThrottleWait {
  kind: ThrottleKind;
  retryAfterSeconds: number;
}

const forgotten = (lastFailureAt: Date, now: Date) =>
  now.getTime() - lastFailureAt.getTime() >= FAILURES_FORGOTTEN_AFTER_MS;

/** The longest wait any of the keys still imposes at `now`, or null when the attempt may go ahead. */
export async function pendingWait(db: Db, keys: ThrottleKey[], now: Date): Promise<ThrottleWait | null> {
  const rows = await db.signInFailureCount.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let longest: ThrottleWait | null = null;
  for (const { kind, key } of keys) {
    const row = rows.find((r) => r.key === key);
    if (!row || forgotten(row.lastFailureAt, now)) continue;
    const waitMs =
      row.lastFailureAt.getTime() + delayAfterFailures(SIGN_IN_THROTTLE[kind], row.failures) - now.getTime();
    if (waitMs > 0 && (!longest || waitMs > longest.retryAfterSeconds * 1000))
      longest = { kind, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }
  return longest;
}

/** Adds a failure to the key; returns the count before it (0 for a new or forgotten key). */
async function countFailure(db: Db, key: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const row = await tx.signInFailureCount.findUnique({ where: { key } });
    const before = row && !forgotten(row.lastFailureAt, now) ? row.failures : 0;
    await tx.signInFailureCount.upsert({
      where: { key },
      create: { key, failures: 1, lastFailureAt: now },
      update: { failures: before + 1, lastFailureAt: now },
    });
    return before;
  });
}

/** Counts a failed sign-in on the account (or the device) and the client address. */
export async function recordSignInFailure(
  db: Db,
  options: { email: string; ip: string | null; deviceId: string | null; now: Date },
): Promise<void> {
  const { email, ip, deviceId, now } = options;
  const counts = [countFailure(db, (deviceId ? throttleKeys.device(deviceId) : throttleKeys.account(email)).key, now)];
  if (ip) {
    counts.push(countFailure(db, throttleKeys.ip(ip).key, now));
    // Spraying: the client address counts each account it fails on once.
    const accountFailuresFromIp = await countFailure(db, throttleKeys.sprayedAccount(ip, email), now);
    if (accountFailuresFromIp === 0) counts.push(countFailure(db, throttleKeys.spray(ip).key, now));
  }
  await Promise.all(counts);
}

export async function forgetFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db.signInFailureCount.deleteMany({ where: { key: { in: keys.map((k) => k.key) } } });
}
