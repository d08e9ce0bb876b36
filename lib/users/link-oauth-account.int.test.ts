// OAuth/OIDC sign-in matches an existing account by e-mail only when the provider verified the
// address, and never creates an account for an unverified one.
import { describe, expect, it } from "vitest";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { linkOAuthAccount, providerVerifiedEmail, type OAuthProfile } from "./link-oauth-account";
import { signUp } from "./sign-up";

const db = () => testDb().db;

const profile = (email: string, emailVerified: boolean): OAuthProfile => ({
  provider: "oidc",
  providerAccountId: `sub-${uniqueSuffix()}`,
  type: "oauth",
  email,
  emailVerified,
  name: "Olive Oidc",
  image: null,
});

async function existingAccount() {
  const email = `olive.${uniqueSuffix()}@example.test`;
  return signUp(db(), { input: { name: "Olive Owner", email, password: "plum kettle harbour nine" } });
}

describe("linking an OAuth/OIDC identity", () => {
  it("does not link an existing account by an unverified e-mail, nor create one", async () => {
    const owner = await existingAccount();
    const attacker = profile(owner.email.toUpperCase(), false);
    expect(await linkOAuthAccount(db(), attacker)).toEqual({ refused: "email_not_verified" });
    expect(await db().account.count({ where: { userId: owner.id } })).toBe(0);

    const fresh = `fresh.${uniqueSuffix()}@example.test`;
    expect(await linkOAuthAccount(db(), profile(fresh, false))).toEqual({ refused: "email_not_verified" });
    expect(await db().user.findUnique({ where: { email: fresh } })).toBeNull();
  });

  it("links an existing account when the provider verified the e-mail, then finds it by the provider's id", async () => {
    const owner = await existingAccount();
    const verified = profile(owner.email, true);
    expect(await linkOAuthAccount(db(), verified)).toEqual({ id: owner.id });
    expect(await linkOAuthAccount(db(), { ...verified, email: null, emailVerified: false })).toEqual({ id: owner.id });
  });

  it("creates an account for a new verified e-mail; refuses a profile without one", async () => {
    const email = `new.${uniqueSuffix()}@example.test`;
    const linked = await linkOAuthAccount(db(), profile(email, true));
    expect(await db().user.findUnique({ where: { email }, select: { id: true } })).toEqual(linked);
    expect(await linkOAuthAccount(db(), { ...profile(email, true), email: null })).toEqual({ refused: "no_email" });
  });

  it("reads email_verified as the provider sends it", () => {
    expect(providerVerifiedEmail({ email_verified: true })).toBe(true);
    expect(providerVerifiedEmail({ email_verified: "true" })).toBe(true);
    for (const claim of [false, "false", undefined, 1, null])
      expect(providerVerifiedEmail({ email_verified: claim })).toBe(false);
    expect(providerVerifiedEmail(undefined)).toBe(false);
  });
});
