import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertSessionActor } from "./assert-session-actor";

export async function listApiTokens(db: Db, options: { actor: Actor }) {
  assertSessionActor(options.actor);
  return db.apiToken.findMany({
    where: { userId: options.actor.userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      scope: true,
      tokenPrefix: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
    },
  });
}
