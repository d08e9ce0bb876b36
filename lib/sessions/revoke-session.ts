import "server-only";
// Settings → Sessions → "Sign out" on one of the person's own sessions (another browser, a lost laptop).
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";

export async function revokeSession(db: Db, options: { actor: Actor; sessionId: string }) {
  assertSessionActor(options.actor);
  const revoked = await db.session.updateMany({
    where: { id: options.sessionId, userId: options.actor.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count !== 1) throw new AppError("not_found", "Session not found, or already ended.");
}
