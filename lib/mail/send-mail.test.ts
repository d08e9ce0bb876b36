import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpTestServer, type SmtpTestServer } from "../testing/smtp-test-server";
import { mailConfigured, sendMail } from "./send-mail";

describe("sendMail", () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(() => smtp.close());
  afterEach(() => {
    delete process.env.SMTP_URL;
  });

  it("sends nothing and says so without SMTP_URL", async () => {
    expect(mailConfigured()).toBe(false);
    await expect(sendMail({ to: "a@example.test", subject: "x", text: "y" })).resolves.toBe(false);
    expect(smtp.messages).toHaveLength(0);
  });

  it("delivers through the SMTP server named by SMTP_URL", async () => {
    process.env.SMTP_URL = smtp.url;
    await expect(sendMail({ to: "wen@example.test", subject: "Reset", text: "Open this link" })).resolves.toBe(true);
    const mail = await smtp.waitFor((m) => m.subject === "Reset");
    expect(mail.to).toEqual(["wen@example.test"]);
    expect(mail.text.trim()).toBe("Open this link");
  });
});
