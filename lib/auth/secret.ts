import "server-only";
// next-auth signs session tokens with NEXTAUTH_SECRET. `npm start` must work with no
// configuration, so when none is set a random secret is made once and kept in the data directory.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirectory } from "../db/database-url";
import { ensurePrivateFile } from "../db/private-files";

export function ensureAuthSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.NEXTAUTH_SECRET?.trim();
  if (configured) return configured;
  const dir = dataDirectory(env);
  const file = join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  // Made by an older version with the umask's mode (0644): the secret signs every session cookie.
  ensurePrivateFile(file);
  return readFileSync(file, "utf8").trim();
}
