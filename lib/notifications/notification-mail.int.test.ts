// Notification e-mails through a real SMTP server on 127.0.0.1: at once after the commit for
// people who chose it, once a day as a digest for those who chose that, never twice, and never
// for people who chose the app only. A mail server that refuses does not fail the write.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createClaim } from "../claims/create-claim";
import { createNote } from "../notes/create-note";
import { startSmtpTestServer, type SmtpTestServer } from "../testing/smtp-test-server";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { mentionToken } from "./mentions";
import { setNotificationPreference } from "./notification-preferences";
import { sendDailyDigests } from "./send-daily-digests";

const db = () => testDb().db;
let smtp: SmtpTestServer;
const saved = { smtp: process.env.SMTP_URL, origin: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://margin.example";
});
afterAll(async () => {
  for (const [key, value] of [
    ["SMTP_URL", saved.smtp],
    ["NEXTAUTH_URL", saved.origin],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await smtp.close();
});

describe("notification e-mail", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let claimId: string;
  let articleId: string;
  const mention = (user: { userId: string }, text: string) =>
    createNote(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      claimId,
      input: { body: `${mentionToken({ id: user.userId, name: "someone" })} ${text}` },
    });
  const mailsTo = (email: string) => smtp.messages.filter((mail) => mail.to.includes(email));

  beforeEach(async () => {
    ws = await makeWorkspace(db());
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["The bridge cost $2 billion in 1998."]);
    articleId = article.articleId;
    claimId = (
      await createClaim(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, "The bridge cost $2 billion") },
      })
    ).id;
  });

  it("mails at once those who chose it, with a link to the claim, and nobody else", async () => {
    await setNotificationPreference(db(), { actor: ws.reviewer, input: { scope: "default", delivery: "immediate" } });
    await mention(ws.reviewer, "please look");
    await mention(ws.reviewer2, "you too");
    const mail = await smtp.waitFor((m) => m.to.includes(ws.reviewer.email));
    expect(mail.subject).toBe("Margin: Editor mentioned you in a note");
    expect(mail.text).toContain('"The bridge cost $2 billion"');
    expect(mail.text).toContain(`https://margin.example/w/${ws.workspace.slug}/articles/${articleId}?claim=${claimId}`);
    expect(mailsTo(ws.reviewer2.email)).toEqual([]);
    const stored = await db().notification.findFirstOrThrow({ where: { recipientId: ws.reviewer.userId } });
    expect(stored.emailedAt).not.toBeNull();
  });

  it("follows a workspace's override of the default", async () => {
    await setNotificationPreference(db(), { actor: ws.reviewer, input: { scope: "default", delivery: "immediate" } });
    await setNotificationPreference(db(), {
      actor: ws.reviewer,
      input: { scope: ws.workspace.id, delivery: "in_app" },
    });
    await mention(ws.reviewer, "in-app only here");
    // Another mail proves the queue is flushed: the in-app one was never sent.
    await setNotificationPreference(db(), { actor: ws.reviewer2, input: { scope: "default", delivery: "immediate" } });
    await mention(ws.reviewer2, "flush");
    await smtp.waitFor((m) => m.to.includes(ws.reviewer2.email));
    expect(mailsTo(ws.reviewer.email)).toEqual([]);
  });

  it("sends one daily digest per person, listing what no e-mail carried yet, once per day across instances", async () => {
    await setNotificationPreference(db(), { actor: ws.reviewer, input: { scope: "default", delivery: "daily" } });
    await mention(ws.reviewer, "first");
    await mention(ws.reviewer, "second");
    expect(mailsTo(ws.reviewer.email)).toEqual([]);
    // Two instances' hourly checks at once: one claims the day and sends.
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([sendDailyDigests(db(), now), sendDailyDigests(db(), now)]);
    expect([a.claimed, b.claimed].sort()).toEqual([false, true]);
    const digest = await smtp.waitFor((m) => m.to.includes(ws.reviewer.email));
    expect(digest.subject).toBe("Margin: 2 notifications since yesterday");
    expect(digest.text.match(/Editor mentioned you in a note/g)).toHaveLength(2);
    const pending = await db().notification.count({ where: { recipientId: ws.reviewer.userId, emailedAt: null } });
    expect(pending).toBe(0);
  });

  it("keeps the write when the mail server refuses", async () => {
    await setNotificationPreference(db(), { actor: ws.reviewer, input: { scope: "default", delivery: "immediate" } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    try {
      const note = await mention(ws.reviewer, "server down");
      expect(await db().note.count({ where: { id: note.id } })).toBe(1);
      await vi.waitFor(() =>
        expect(logged).toHaveBeenCalledWith("[notifications] an e-mail could not be sent", expect.anything()),
      );
    } finally {
      process.env.SMTP_URL = smtp.url;
      logged.mockRestore();
    }
    const stored = await db().notification.findFirstOrThrow({ where: { recipientId: ws.reviewer.userId } });
    expect(stored.emailedAt).toBeNull();
  });
});
