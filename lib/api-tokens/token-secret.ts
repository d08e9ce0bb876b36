import "server-only";
// Personal API tokens: "mgn_" + 32 random bytes (base64url). Only the SHA-256 is stored; the
// prefix (first characters) is kept to tell tokens apart in the settings page.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "mgn_";

export function newApiTokenSecret(): { secret: string; tokenHash: string; tokenPrefix: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, tokenHash: hashApiToken(secret), tokenPrefix: secret.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20 && value.length < 200;
}
