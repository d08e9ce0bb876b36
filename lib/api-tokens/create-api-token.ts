// Personal API tokens, made by their owner in their settings. A token acts as its owner, within
// one workspace, read-only or read-write; the secret is shown once and only its hash is stored.
import type { Actor } from "../auth/actor";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { transaction, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { getMemberActor } from "../workspaces/get-member-actor";
import { assertSessionActor } from "./assert-session-actor";
import { createApiTokenSchema } from "./schemas";
import { newApiTokenSecret } from "./token-secret";

export const API_TOKENS_PER_USER_MAX = 50;

export async function createApiToken(db: Db, options: { actor: Actor; input: unknown }) {
  assertSessionActor(options.actor);
  const input = createApiTokenSchema.parse(options.input);
  await getMemberActor(db, options.actor, input.workspaceId);
  if (
    (await db.apiToken.count({ where: { userId: options.actor.userId, revokedAt: null } })) >= API_TOKENS_PER_USER_MAX
  ) {
    throw new AppError("conflict", `You have ${API_TOKENS_PER_USER_MAX} active tokens; revoke one first.`);
  }
  const { secret, tokenHash, tokenPrefix } = newApiTokenSecret();
  const token = await transaction(db, async (tx) => {
    const made = await tx.apiToken.create({
      data: {
        userId: options.actor.userId,
        workspaceId: input.workspaceId,
        name: input.name,
        scope: input.scope,
        tokenHash,
        tokenPrefix,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      },
      select: { id: true, name: true, scope: true, tokenPrefix: true, expiresAt: true, createdAt: true },
    });
    await recordAuthEvent(tx, {
      action: "api_token_created",
      userId: options.actor.userId,
      detail: `token ${made.id} (${made.tokenPrefix}…, ${made.scope}) in workspace ${input.workspaceId}`,
    });
    return made;
  });
  return { token, secret };
}
