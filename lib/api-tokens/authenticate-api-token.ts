import "server-only";
import type { Actor } from "../auth/actor";
import { sqlOf, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { hashApiToken, looksLikeApiToken } from "./token-secret";

/** Resolves `Authorization: Bearer <token>` to an actor scoped to the token's workspace. */
export async function authenticateApiToken(db: Db, secret: string): Promise<Actor> {
  if (!looksLikeApiToken(secret)) throw invalidToken();
  // The owner's membership comes in the same statement: every token request needs it next
  // (getMemberActor), and a token is only ever used in its own workspace. Read on every request,
  // so a revoked token or a removed member is refused on the very next one.
  const token = await sqlOf(db)
    .selectFrom("ApiToken as t")
    .leftJoin("Membership as m", (join) =>
      join.onRef("m.workspaceId", "=", "t.workspaceId").onRef("m.userId", "=", "t.userId"),
    )
    .select(["t.id", "t.userId", "t.workspaceId", "t.scope", "t.revokedAt", "t.expiresAt", "t.lastUsedAt", "m.role"])
    .where("t.tokenHash", "=", hashApiToken(secret))
    .executeTakeFirst();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) throw invalidToken();
  if (token.scope !== "read" && token.scope !== "read_write") throw invalidToken();
  // Touch at most once a minute: a busy integration must not turn every read into a write.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    userId: token.userId,
    token: { id: token.id, workspaceId: token.workspaceId, scope: token.scope, memberRole: token.role },
  };
}

function invalidToken(): AppError {
  return new AppError("unauthenticated", "This API token is not valid, has expired or was revoked.");
}
