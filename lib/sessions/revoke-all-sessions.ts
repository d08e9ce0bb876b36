import "server-only";
// "Sign out everywhere": every session of the acting person ends, this one included.
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import type { Actor } from "../auth/actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { transaction, type Db } from "../db/client";

export async function revokeAllSessions(db: Db, options: { actor: Actor; keepCurrent?: boolean }) {
  assertSessionActor(options.actor);
  const keep = options.keepCurrent && options.actor.sessionId ? options.actor.sessionId : undefined;
  return transaction(db, async (tx) => {
    const revoked = await tx.session.updateMany({
      where: { userId: options.actor.userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: new Date() },
    });
    await recordAuthEvent(tx, {
      action: "sessions_revoked_all",
      userId: options.actor.userId,
      detail: `${revoked.count} session(s)${keep ? `, kept ${keep}` : ""}`,
    });
    return { ended: revoked.count };
  });
}
