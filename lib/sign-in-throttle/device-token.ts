// The "known device" cookie: after a successful sign-in the browser gets a token naming the
// account and a random device id, signed with HMAC-SHA256 under the auth secret. A sign-in that
// presents a valid token for the account it names is throttled only by that device's own failures,
// so an attacker's failures elsewhere cannot keep the owner out.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE_NAME = "margin-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export interface DeviceToken {
  userId: string;
  deviceId: string;
}

function signature(secret: string, userId: string, deviceId: string): Buffer {
  return createHmac("sha256", secret).update(`margin-device\n${userId}\n${deviceId}`).digest();
}

export function issueDeviceToken(secret: string, userId: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  const encodedUser = Buffer.from(userId).toString("base64url");
  return `${encodedUser}.${deviceId}.${signature(secret, userId, deviceId).toString("base64url")}`;
}

/** The token's account and device when its signature is valid, otherwise null. */
export function readDeviceToken(secret: string, token: string | null | undefined): DeviceToken | null {
  const parts = token?.split(".");
  if (!parts || parts.length !== 3 || parts.some((part) => !/^[\w-]+$/.test(part))) return null;
  const [encodedUser, deviceId, mac] = parts as [string, string, string];
  const userId = Buffer.from(encodedUser, "base64url").toString("utf8");
  const expected = signature(secret, userId, deviceId);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, deviceId };
}
