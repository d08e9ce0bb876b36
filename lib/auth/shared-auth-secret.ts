// Several app instances on one PostgreSQL database must sign sessions with the same secret, or a
// cookie from instance A is refused by instance B. Without NEXTAUTH_SECRET, the first instance to
// start makes one and keeps it in the database; the others adopt it. SQLite (one machine, one
// data directory) keeps the secret file of secret.ts.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { isUniqueConstraintError } from "../errors/app-error";

export const AUTH_SECRET_NAME = "nextauth-secret";

/** The secret every instance shares: made now if no instance made it before. */
export async function sharedAuthSecret(db: Db): Promise<string> {
  const existing = await db.instanceSecret.findUnique({ where: { name: AUTH_SECRET_NAME }, select: { value: true } });
  if (existing) return existing.value;
  try {
    const created = await db.instanceSecret.create({
      data: { name: AUTH_SECRET_NAME, value: randomBytes(32).toString("base64url") },
      select: { value: true },
    });
    return created.value;
  } catch (error) {
    // Two instances started together: the other one won, use its secret.
    if (!isUniqueConstraintError(error)) throw error;
    const winner = await db.instanceSecret.findUniqueOrThrow({
      where: { name: AUTH_SECRET_NAME },
      select: { value: true },
    });
    return winner.value;
  }
}

/** Sets NEXTAUTH_SECRET from the database unless it is configured (PostgreSQL only). */
export async function adoptSharedAuthSecret(
  db: Db,
  provider: "sqlite" | "postgresql",
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (provider !== "postgresql" || env.NEXTAUTH_SECRET?.trim()) return;
  env.NEXTAUTH_SECRET = await sharedAuthSecret(db);
}
