import "server-only";
// Whether the acting person signs in with a password here (not only through an OAuth provider).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";

export async function hasPasswordSignIn(db: Db, options: { actor: Actor }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: options.actor.userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
