// Sign-up with a mail server: the same answer whether or not the address is registered; a new
// address gets a one-time link (read from a real SMTP server) that creates the account, a
// registered one gets a note instead. Without mail, the account is made at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "../testing/smtp-test-server";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { authenticateWithPassword } from "./authenticate-with-password";
import { signUp } from "./sign-up";
import { confirmSignUp, startSignUp } from "./start-sign-up";

const db = () => testDb().db;
const ORIGIN = "https://margin.test";
const PASSWORD = "plum kettle harbour nine";
let smtp: SmtpTestServer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
});

const mailTo = (email: string) => (mail: ReceivedMail) => mail.to.includes(email);
const input = (email: string, name = "Nina New") => ({ name, email, password: PASSWORD });

describe("sign-up with a mail server", () => {
  it("answers 'check your e-mail' for a new and a registered address alike, and mails each what fits", async () => {
    process.env.SMTP_URL = smtp.url;
    const registered = `taken.${uniqueSuffix()}@example.test`;
    await signUp(db(), { input: input(registered, "Tom Taken") });
    const fresh = `fresh.${uniqueSuffix()}@example.test`;

    const a = await startSignUp(db(), { input: input(fresh), origin: ORIGIN, callbackUrl: "/invite/abc" });
    const b = await startSignUp(db(), { input: input(registered), origin: ORIGIN });
    for (const result of [a, b]) expect(result.status).toBe("check_email");
    expect(Object.keys(a)).toEqual(Object.keys(b));
    if (a.status !== "check_email" || b.status !== "check_email") throw new Error("unreachable");
    await Promise.all([a.delivered, b.delivered]);

    // No account for the new address until the link is followed.
    expect(await db().user.findUnique({ where: { email: fresh } })).toBeNull();
    const note = await smtp.waitFor(mailTo(registered));
    expect(note.subject).toBe("You already have a Margin account");
    expect(note.text).toContain(`${ORIGIN}/forgot-password`);

    const confirm = await smtp.waitFor(mailTo(fresh));
    const token = /\/sign-up\/confirm\/([A-Za-z0-9_-]+)/.exec(confirm.text)?.[1];
    expect(token).toBeTruthy();
    expect(JSON.stringify(await db().signUpRequest.findMany({ where: { email: fresh } }))).not.toContain(token!);
    expect(await confirmSignUp(db(), { token })).toEqual({ email: fresh, callbackUrl: "/invite/abc" });
    expect(
      await authenticateWithPassword(db(), { input: { email: fresh, password: PASSWORD }, ip: null }),
    ).toMatchObject({ email: fresh });
    await expect(confirmSignUp(db(), { token })).rejects.toMatchObject({ code: "not_found" });
  });

  it("still refuses a weak password at once, and makes the account at once without mail", async () => {
    process.env.SMTP_URL = smtp.url;
    const email = `weak.${uniqueSuffix()}@example.test`;
    await expect(
      startSignUp(db(), { input: { ...input(email), password: "password12" }, origin: ORIGIN }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    delete process.env.SMTP_URL;
    const result = await startSignUp(db(), { input: input(email), origin: ORIGIN });
    expect(result).toMatchObject({ status: "created", user: { email } });
  });
});
