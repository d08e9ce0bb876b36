// Finds or creates the Margin user behind an OAuth/OIDC sign-in. Accounts are matched by the
// provider's account id first, then by a verified e-mail address.
import type { Db } from "../db/client";

export interface OAuthProfile {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null;
  name: string | null;
  image: string | null;
}

export async function linkOAuthAccount(db: Db, profile: OAuthProfile): Promise<{ id: string } | null> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { userId: true },
  });
  if (linked) return { id: linked.userId };
  if (!profile.email) return null;
  const email = profile.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
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
    return user;
  });
}
