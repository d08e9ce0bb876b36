// Password reset: a link mailed through a real SMTP server (read back as the mail server received
// it), or issued by a workspace admin when there is no mail server. A link works once, expires,
// is stored only as a hash, sets a password that passes the policy, ends every session, and is
// recorded; the answer to "forgot password" is the same whether or not the address has an account.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hashOneTimeToken } from "../auth/one-time-token";
import { transaction } from "../db/client";
import { callApi } from "../testing/api-client";
import { signedInSession } from "../testing/api-route-fixtures";
import { makeWorkspace, uniqueSuffix } from "../testing/factories";
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "../testing/smtp-test-server";
import { testDb } from "../testing/test-db";
import { authenticateWithPassword } from "./authenticate-with-password";
import { changePassword } from "./change-password";
import { issuePasswordReset } from "./issue-password-reset";
import { createPasswordResetLink } from "./password-reset-link";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { signUp } from "./sign-up";

const db = () => testDb().db;
const ORIGIN = "https://margin.test";
const OLD = "plum kettle harbour nine";
const NEW = "violet anchor seven lamps";
let smtp: SmtpTestServer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
});

const withMail = () => (process.env.SMTP_URL = smtp.url);
const apiStatus = async (cookie: string) =>
  (await callApi("GET", "/api/v1/workspaces", { headers: { cookie } })).status;
const signIn = (email: string, password: string) =>
  authenticateWithPassword(db(), { input: { email, password }, ip: null });
const mailTo = (email: string, subject: string) => (mail: ReceivedMail) =>
  mail.to.includes(email) && mail.subject.includes(subject);

async function person() {
  const email = `forgetful.${uniqueSuffix()}@example.test`;
  const user = await signUp(db(), { input: { name: "Frances Forgetful", email, password: OLD } });
  return { ...user, userId: user.id };
}

function tokenOf(mail: ReceivedMail): string {
  const match = /https:\/\/margin\.test\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no reset link in: ${mail.text}`);
  return match[1]!;
}

const events = async (userId: string) =>
  (await db().authEvent.findMany({ where: { userId }, select: { action: true } })).map((e) => e.action);

describe("password reset by e-mail", () => {
  it("mails a one-time link; following it sets a new password, ends every session and is recorded", async () => {
    withMail();
    const user = await person();
    const browser = await signedInSession(user.id);
    const answer = await requestPasswordReset(db(), { input: { email: user.email.toUpperCase() }, origin: ORIGIN });
    expect(answer.mailConfigured).toBe(true);
    await answer.delivered;
    const mail = await smtp.waitFor(mailTo(user.email, "Reset your Margin password"));
    const token = tokenOf(mail);

    // Only the hash is stored.
    const rows = await db().passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    // The policy applies; a refused password leaves the link usable.
    await expect(resetPassword(db(), { input: { token, password: "password12" } })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await apiStatus(browser.cookie)).toBe(200);

    expect(await resetPassword(db(), { input: { token, password: NEW } })).toMatchObject({
      email: user.email,
      sessionsEnded: 1,
    });
    expect(await apiStatus(browser.cookie)).toBe(401);
    expect(await signIn(user.email, OLD)).toBeNull();
    expect(await signIn(user.email, NEW)).toMatchObject({ id: user.id });
    expect(await events(user.id)).toEqual(expect.arrayContaining(["password_reset_requested", "password_reset"]));

    // Single use.
    await expect(resetPassword(db(), { input: { token, password: "third quiet meadow owl" } })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await signIn(user.email, NEW)).toMatchObject({ id: user.id });

    // The person is told (ASVS 2.2.3).
    const notice = await smtp.waitFor(mailTo(user.email, "password was reset"));
    expect(notice.text).not.toContain(NEW);
  });

  it("answers the same for an unknown address and mails nothing", async () => {
    withMail();
    const known = await person();
    const unknown = `nobody.${uniqueSuffix()}@example.test`;
    const [a, b] = await Promise.all([
      requestPasswordReset(db(), { input: { email: known.email }, origin: ORIGIN }),
      requestPasswordReset(db(), { input: { email: unknown }, origin: ORIGIN }),
    ]);
    await Promise.all([a.delivered, b.delivered]);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.mailConfigured).toBe(b.mailConfigured);
    await smtp.waitFor(mailTo(known.email, "Reset your Margin password"));
    expect(smtp.messages.some((mail) => mail.to.includes(unknown))).toBe(false);
  });

  it("mails at most three links an hour to one address, answering the same", async () => {
    withMail();
    const user = await person();
    for (let i = 0; i < 5; i++) {
      const answer = await requestPasswordReset(db(), { input: { email: user.email }, origin: ORIGIN });
      expect(answer.mailConfigured).toBe(true);
      await answer.delivered;
    }
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(3);
  });

  it("mails nothing without SMTP_URL, or without a configured origin for the link", async () => {
    const user = await person();
    const withoutMail = await requestPasswordReset(db(), { input: { email: user.email }, origin: ORIGIN });
    expect(withoutMail.mailConfigured).toBe(false);
    withMail();
    const withoutOrigin = await requestPasswordReset(db(), { input: { email: user.email }, origin: null });
    expect(withoutOrigin.mailConfigured).toBe(false);
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses an expired link and one replaced by a newer link", async () => {
    const user = await person();
    const expired = await transaction(db(), (tx) =>
      createPasswordResetLink(tx, { userId: user.id, lifetimeMs: 60_000, now: new Date(Date.now() - 120_000) }),
    );
    await expect(resetPassword(db(), { input: { token: expired.token, password: NEW } })).rejects.toMatchObject({
      code: "not_found",
    });
    const first = await transaction(db(), (tx) => createPasswordResetLink(tx, { userId: user.id, lifetimeMs: 60_000 }));
    const second = await transaction(db(), (tx) =>
      createPasswordResetLink(tx, { userId: user.id, lifetimeMs: 60_000 }),
    );
    await expect(resetPassword(db(), { input: { token: first.token, password: NEW } })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(resetPassword(db(), { input: { token: second.token, password: NEW } })).resolves.toMatchObject({
      email: user.email,
    });
  });

  it("uses a link once when two requests race with it", async () => {
    const user = await person();
    const link = await transaction(db(), (tx) => createPasswordResetLink(tx, { userId: user.id, lifetimeMs: 60_000 }));
    const results = await Promise.allSettled([
      resetPassword(db(), { input: { token: link.token, password: NEW } }),
      resetPassword(db(), { input: { token: link.token, password: "third quiet meadow owl" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("password reset link issued by an admin", () => {
  it("an admin makes a one-time link for a member, audited; others cannot", async () => {
    const ws = await makeWorkspace(db());
    const workspaceId = ws.workspace.id;
    await db().user.update({ where: { id: ws.reviewer.userId }, data: { passwordHash: null } });
    const membership = await db().membership.findFirstOrThrow({
      where: { workspaceId, userId: ws.reviewer.userId },
      select: { id: true },
    });
    const input = { membershipId: membership.id };
    await expect(issuePasswordReset(db(), { actor: ws.editor, workspaceId, input })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(issuePasswordReset(db(), { actor: ws.outsider, workspaceId, input })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      issuePasswordReset(db(), { actor: ws.outsider, workspaceId: ws.otherWorkspace.id, input }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db().passwordReset.count({ where: { userId: ws.reviewer.userId } })).toBe(0);

    const browser = await signedInSession(ws.reviewer.userId);
    const issued = await issuePasswordReset(db(), { actor: ws.admin, workspaceId, input });
    expect(issued.email).toBe(ws.reviewer.email);
    const audit = await db().auditLog.findFirst({
      where: { workspaceId, action: "membership.password_reset_issued", entityId: membership.id },
    });
    expect(audit?.actorId).toBe(ws.admin.userId);
    expect(JSON.stringify(audit)).not.toContain(issued.token);
    expect(await events(ws.reviewer.userId)).toContain("password_reset_issued");

    await resetPassword(db(), { input: { token: issued.token, password: NEW } });
    expect(await apiStatus(browser.cookie)).toBe(401);
    expect(await signIn(ws.reviewer.email, NEW)).toMatchObject({ id: ws.reviewer.userId });
  });
});

describe("changing one's password", () => {
  it("tells the person by e-mail when mail is configured", async () => {
    withMail();
    const user = await person();
    const here = await signedInSession(user.id);
    await changePassword(db(), {
      actor: { userId: user.id, sessionId: here.sessionId },
      input: { currentPassword: OLD, newPassword: NEW },
    });
    const notice = await smtp.waitFor(mailTo(user.email, "password was changed"));
    expect(notice.text).toContain(user.email);
    expect(notice.text).not.toContain(NEW);
  });
});
