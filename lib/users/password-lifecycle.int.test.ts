// Password policy and change: common, breached, repetitive, sequential and self-derived passwords
// are refused at sign-up and at change; changing needs the current password and ends every other
// session, keeping this one.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { callApi } from "../testing/api-client";
import { signedInSession } from "../testing/api-route-fixtures";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { changePassword } from "./change-password";
import { signUp } from "./sign-up";

const db = () => testDb().db;
const STRONG = "plum kettle harbour nine";

const apiStatus = async (cookie: string) =>
  (await callApi("GET", "/api/v1/workspaces", { headers: { cookie } })).status;

describe("password policy", () => {
  it.each(["password12", "1234567890", "aaaaaaaaaa", "qwertyuiop", "iloveyou12", "Password123!", "short"])(
    "refuses %j at sign-up, creating no account",
    async (password) => {
      const email = `weak.${uniqueSuffix()}@example.test`;
      await expect(signUp(db(), { input: { name: "Wendy Weak", email, password } })).rejects.toThrow();
      expect(await db().user.findUnique({ where: { email } })).toBeNull();
    },
  );

  it("refuses a password made from the person's own name or e-mail", async () => {
    const email = `gwendolyn.${uniqueSuffix()}@example.test`;
    await expect(
      signUp(db(), { input: { name: "Gwendolyn Harcourt", email, password: "gwendolynharcourt" } }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("accepts a long pass phrase without composition rules", async () => {
    const email = `strong.${uniqueSuffix()}@example.test`;
    expect(await signUp(db(), { input: { name: "Sam Strong", email, password: STRONG } })).toMatchObject({ email });
  });
});

describe("changing one's password", () => {
  it("needs the current password, refuses a weak new one, and ends every other session", async () => {
    const email = `changer.${uniqueSuffix()}@example.test`;
    const user = await signUp(db(), { input: { name: "Cam Changer", email, password: STRONG } });
    const here = await signedInSession(user.id);
    const elsewhere = await signedInSession(user.id);
    const actor = { userId: user.id, sessionId: here.sessionId };

    await expect(
      changePassword(db(), {
        actor,
        input: { currentPassword: "not my password", newPassword: "violet anchor seven lamps" },
      }),
    ).rejects.toMatchObject({ details: { fields: { currentPassword: ["That is not your current password."] } } });
    await expect(
      changePassword(db(), { actor, input: { currentPassword: STRONG, newPassword: "password12" } }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await apiStatus(elsewhere.cookie)).toBe(200);

    expect(
      await changePassword(db(), {
        actor,
        input: { currentPassword: STRONG, newPassword: "violet anchor seven lamps" },
      }),
    ).toEqual({ otherSessionsEnded: 1 });
    expect(await apiStatus(elsewhere.cookie)).toBe(401);
    expect(await apiStatus(here.cookie)).toBe(200);
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, "violet anchor seven lamps")).toBe(true);
    expect(await db().authEvent.count({ where: { userId: user.id, action: "password_changed" } })).toBe(1);
  });
});
