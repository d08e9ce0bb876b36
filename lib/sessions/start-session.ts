import "server-only";
// A sign-in starts a session: a row the session cookie names (its JWT carries the id), checked on
// every request by resolveSession, so ending it ends the cookie everywhere at once.
import type { Db } from "../db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

export async function startSession(db: Db, options: { userId: string; userAgent?: string | null }) {
  const now = new Date();
  return db.session.create({
    data: {
      userId: options.userId,
      userAgent: options.userAgent ? options.userAgent.slice(0, 300) : null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true, expiresAt: true },
  });
}
