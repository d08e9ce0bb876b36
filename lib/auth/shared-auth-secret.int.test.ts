import { describe, expect, it } from "vitest";
import { testDb, testProvider } from "../testing/test-db";
import { adoptSharedAuthSecret, AUTH_SECRET_NAME, sharedAuthSecret } from "./shared-auth-secret";

const db = () => testDb().db;

describe("the shared auth secret", () => {
  it("is made once: instances starting together all get the same one", async () => {
    await db().instanceSecret.deleteMany({ where: { name: AUTH_SECRET_NAME } });
    const secrets = await Promise.all(Array.from({ length: 5 }, () => sharedAuthSecret(db())));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]!.length).toBeGreaterThanOrEqual(40);
    expect(await sharedAuthSecret(db())).toBe(secrets[0]);
  });

  it("is adopted on PostgreSQL only, and never over a configured NEXTAUTH_SECRET", async () => {
    const stored = await sharedAuthSecret(db());
    const bare: Record<string, string | undefined> = {};
    await adoptSharedAuthSecret(db(), testProvider(), bare);
    expect(bare.NEXTAUTH_SECRET).toBe(testProvider() === "postgresql" ? stored : undefined);
    const configured: Record<string, string | undefined> = { NEXTAUTH_SECRET: "configured" };
    await adoptSharedAuthSecret(db(), "postgresql", configured);
    expect(configured.NEXTAUTH_SECRET).toBe("configured");
  });
});
