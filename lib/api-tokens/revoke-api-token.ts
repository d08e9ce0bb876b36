import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertSessionActor } from "./assert-session-actor";

export async function revokeApiToken(db: Db, options: { actor: Actor; tokenId: string }) {
  assertSessionActor(options.actor);
  const revoked = await db.apiToken.updateMany({
    where: { id: options.tokenId, userId: options.actor.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count !== 1) throw new AppError("not_found", "Token not found, or already revoked.");
}
