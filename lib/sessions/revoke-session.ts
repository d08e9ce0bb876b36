import "server-only";
// Settings → Sessions → "Sign out" on one of the person's own sessions (another browser, a lost laptop).
import { assertSessionActor } from "../api-tokens/assert-session-actor";
import type { Actor } from "../auth/actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";

export async function revokeSession(db: Db, options: { actor: Actor; sessionId: string }) {
  assertSessionActor(options.actor);
  await transaction(db, async (tx) => {
    const revoked = await tx.session.updateMany({
      where: { id: options.sessionId, userId: options.actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("not_found", "Session not found, or already ended.");
    await recordAuthEvent(tx, {
      action: "session_revoked",
      userId: options.actor.userId,
      detail: `session ${options.sessionId}`,
    });
  });
}
