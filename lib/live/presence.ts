// Who is reading an article now. Each open live stream keeps a row fresh with a heartbeat; rows
// older than the window are ignored, so a crashed instance's readers fade out by themselves.
import type { Db } from "../db/client";

export const PRESENCE_HEARTBEAT_MS = 15_000;
export const PRESENCE_WINDOW_MS = 45_000;

export async function touchPresence(
  db: Db,
  entry: { connectionId: string; articleId: string; userId: string },
): Promise<void> {
  await db.presence.upsert({
    where: { id: entry.connectionId },
    create: { id: entry.connectionId, articleId: entry.articleId, userId: entry.userId, lastSeenAt: new Date() },
    update: { lastSeenAt: new Date() },
  });
}

export async function leavePresence(db: Db, connectionId: string): Promise<void> {
  await db.presence.deleteMany({ where: { id: connectionId } });
}

export async function listReaders(db: Db, articleId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.presence.findMany({
    where: { articleId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_WINDOW_MS) } },
    select: { user: { select: { id: true, name: true } } },
  });
  const readers = new Map(rows.map((row) => [row.user.id, row.user]));
  return [...readers.values()].sort((a, b) => a.name.localeCompare(b.name));
}
