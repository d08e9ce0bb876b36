import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { hashApiToken, looksLikeApiToken } from "./token-secret";

/** Resolves `Authorization: Bearer <token>` to an actor scoped to the token's workspace. */
export async function authenticateApiToken(db: Db, secret: string): Promise<Actor> {
  const invalid = new AppError("unauthenticated", "This API token is not valid, has expired or was revoked.");
  if (!looksLikeApiToken(secret)) throw invalid;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, userId: true, workspaceId: true, scope: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) throw invalid;
  if (token.scope !== "read" && token.scope !== "read_write") throw invalid;
  // Touch at most once a minute: a busy integration must not turn every read into a write.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: token.userId, token: { id: token.id, workspaceId: token.workspaceId, scope: token.scope } };
}
