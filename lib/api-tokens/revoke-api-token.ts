import type { Actor } from "../auth/actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertSessionActor } from "./assert-session-actor";

export async function revokeApiToken(db: Db, options: { actor: Actor; tokenId: string }) {
  assertSessionActor(options.actor);
  await transaction(db, async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: options.tokenId, userId: options.actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("not_found", "Token not found, or already revoked.");
    await recordAuthEvent(tx, {
      action: "api_token_revoked",
      userId: options.actor.userId,
      detail: `token ${options.tokenId}`,
    });
  });
}
