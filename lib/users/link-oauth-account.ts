// Finds or creates the Margin user behind an OAuth/OIDC sign-in. Accounts are matched by the
// provider's account id first, then by e-mail, but only when the provider says it verified that
// address (`email_verified`): otherwise anyone who can add another person's address at some
// provider would sign in to that person's Margin account. An unverified address does not create an
// account either: it would claim the address before its owner signs up (pre-hijacking).
import type { Db } from "../db/client";

export interface OAuthProfile {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null;
  /** The provider's own word (OIDC `email_verified`); anything but true counts as unverified. */
  emailVerified: boolean;
  name: string | null;
  image: string | null;
}

export type OAuthLinkResult = { id: string } | { refused: "no_email" | "email_not_verified" };

/** OIDC's `email_verified` claim: a boolean, though some providers send the string "true". */
export function providerVerifiedEmail(profile: unknown): boolean {
  const claim = (profile as { email_verified?: unknown } | null | undefined)?.email_verified;
  return claim === true || claim === "true";
}

export async function linkOAuthAccount(db: Db, profile: OAuthProfile): Promise<OAuthLinkResult> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { userId: true },
  });
  if (linked) return { id: linked.userId };
  if (!profile.email) return { refused: "no_email" };
  if (!profile.emailVerified) return { refused: "email_not_verified" };
  const email = profile.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    // Placeholder and deleted users' e-mail columns are not e-mail addresses, so they never match.
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true } })) ??
      (await tx.user.create({
        data: { email, name: profile.name?.trim() || email.split("@")[0] || email, image: profile.image },
        select: { id: true },
      }));
    await tx.account.create({
      data: {
        userId: user.id,
        provider: profile.provider,
        providerAccountId: profile.providerAccountId,
        type: profile.type,
      },
    });
    return { id: user.id };
  });
}
