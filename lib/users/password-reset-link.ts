import "server-only";
// One-time password reset links: a random token whose SHA-256 is the PasswordReset row's key. A
// new link replaces the person's earlier unused ones, so only the latest works. Mailed links live
// an hour (the person asked for it and is waiting); a link an admin issues lives a day, since it
// is passed on by hand.
import { hashOneTimeToken, newOneTimeToken } from "../auth/one-time-token";
import type { Db, DbTx } from "../db/client";

export const MAILED_RESET_LIFETIME_MS = 60 * 60_000;
export const ISSUED_RESET_LIFETIME_MS = 24 * 60 * 60_000;

export async function createPasswordResetLink(
  tx: DbTx,
  options: { userId: string; lifetimeMs: number; issuedById?: string; workspaceId?: string; now?: Date },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const { token, tokenHash } = newOneTimeToken();
  await tx.passwordReset.updateMany({
    where: { userId: options.userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const created = await tx.passwordReset.create({
    data: {
      userId: options.userId,
      tokenHash,
      issuedById: options.issuedById ?? null,
      workspaceId: options.workspaceId ?? null,
      expiresAt: new Date(now.getTime() + options.lifetimeMs),
    },
    select: { id: true, expiresAt: true },
  });
  return { id: created.id, token, expiresAt: created.expiresAt };
}

export function passwordResetUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, "")}/reset-password/${encodeURIComponent(token)}`;
}

/** The reset a link names when it can still be used, with whom it is for; null otherwise. */
export async function findUsablePasswordReset(db: Db | DbTx, token: string, now = new Date()) {
  if (typeof token !== "string" || !token || token.length > 200) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, kind: true } },
    },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now || reset.user.kind !== "account") return null;
  return { id: reset.id, user: { id: reset.user.id, name: reset.user.name, email: reset.user.email } };
}
