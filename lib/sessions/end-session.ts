import "server-only";
// Signing out: the session the cookie names ends, for every place that cookie is presented.
import type { Db } from "../db/client";

export async function endSession(db: Db, options: { sessionId: unknown; userId: unknown }): Promise<boolean> {
  const { sessionId, userId } = options;
  if (typeof sessionId !== "string" || typeof userId !== "string") return false;
  const ended = await db.session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return ended.count === 1;
}
