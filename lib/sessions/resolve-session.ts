import "server-only";
// The one check of a session cookie against the database, for pages, server actions, the API and
// live streams: the session must exist, belong to the cookie's user, be neither revoked nor
// expired. Read on every request, so a sign-out on any instance holds on the next request anywhere.
import type { Db } from "../db/client";
import { SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

export interface ResolvedSession {
  sessionId: string;
  user: { id: string; name: string; email: string };
}

export async function resolveSession(
  db: Db,
  options: { sessionId: unknown; userId: unknown },
): Promise<ResolvedSession | null> {
  const { sessionId, userId } = options;
  if (typeof sessionId !== "string" || typeof userId !== "string" || !sessionId || !userId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      userId: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  const now = new Date();
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { sessionId: session.id, user: session.user };
}

/** For open live streams: is this session still good? */
export async function isSessionActive(db: Db, sessionId: string): Promise<boolean> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, expiresAt: true },
  });
  return !!session && !session.revokedAt && session.expiresAt > new Date();
}
