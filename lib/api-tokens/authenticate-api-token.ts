import type { Actor } from "../auth/actor";
import { sqlReaderOf, type Db } from "../db/client";
import { rawDateOrNull, type RawDate } from "../db/raw-values";
import { AppError } from "../errors/app-error";
import { hashApiToken, looksLikeApiToken } from "./token-secret";

interface TokenRow {
  id: string;
  userId: string;
  workspaceId: string;
  scope: string;
  revokedAt: RawDate | null;
  expiresAt: RawDate | null;
  lastUsedAt: RawDate | null;
  /** The owner's role in the token's workspace; null when they are no longer a member. */
  role: string | null;
}

const TOKEN_WITH_ROLE = `
  SELECT t."id", t."userId", t."workspaceId", t."scope", t."revokedAt", t."expiresAt", t."lastUsedAt", m."role"
  FROM "ApiToken" t
  LEFT JOIN "Membership" m ON m."workspaceId" = t."workspaceId" AND m."userId" = t."userId"
  WHERE t."tokenHash" = ?`;

/** Resolves `Authorization: Bearer <token>` to an actor scoped to the token's workspace. */
export async function authenticateApiToken(db: Db, secret: string): Promise<Actor> {
  if (!looksLikeApiToken(secret)) throw invalidToken();
  // The owner's membership comes in the same statement: every token request needs it next
  // (getMemberActor), and a token is only ever used in its own workspace. Read on every request,
  // so a revoked token or a removed member is refused on the very next one. Through the
  // driver-level reader: every API request pays this read, and Prisma's pipeline cost more
  // than the query (SQLite: a read-only connection that sees every committed change).
  const [row] = await sqlReaderOf(db).all<TokenRow>(TOKEN_WITH_ROLE, [hashApiToken(secret)]);
  const token = row && {
    ...row,
    revokedAt: rawDateOrNull(row.revokedAt),
    expiresAt: rawDateOrNull(row.expiresAt),
    lastUsedAt: rawDateOrNull(row.lastUsedAt),
  };
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
