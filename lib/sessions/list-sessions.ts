import "server-only";
// The person's active sessions, newest first, with the current one marked: for Settings.
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";

export async function listSessions(db: Db, options: { actor: Actor }) {
  assertSessionActor(options.actor);
  const sessions = await db.session.findMany({
    where: { userId: options.actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return sessions.map((session) => ({ ...session, current: session.id === options.actor.sessionId }));
}
