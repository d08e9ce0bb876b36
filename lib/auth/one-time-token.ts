// Links that work once (invites, password resets) carry a random token; only its SHA-256 is
// stored, so a database leak does not leak usable links.
import { createHash, randomBytes } from "node:crypto";

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
