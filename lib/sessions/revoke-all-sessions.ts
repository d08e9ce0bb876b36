import "server-only";
// "Sign out everywhere": every session of the acting person ends, this one included.
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";

export async function revokeAllSessions(db: Db, options: { actor: Actor; keepCurrent?: boolean }) {
  assertSessionActor(options.actor);
  const keep = options.keepCurrent && options.actor.sessionId ? options.actor.sessionId : undefined;
  const revoked = await db.session.updateMany({
    where: { userId: options.actor.userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
  return { ended: revoked.count };
}
