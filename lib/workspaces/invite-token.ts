// Invite links carry a random token; only its SHA-256 is stored, so a database leak does not
// leak usable links.
import { createHash, randomBytes } from "node:crypto";

export const INVITE_LIFETIME_DAYS = 14;

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
