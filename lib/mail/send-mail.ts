import "server-only";
// The one way Margin sends e-mail: SMTP through nodemailer when SMTP_URL is set (for example
// smtp://user:pass@mail.example:587), nothing otherwise. Callers decide what to do when mail is off
// (password reset shows the admin a link; notifications stay in the app).
import { createTransport, type Transporter } from "nodemailer";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

let cached: { url: string; transport: Transporter } | null = null;

export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

function transportFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: createTransport(url) };
  return cached.transport;
}

export function mailSender(): string {
  return process.env.MAIL_FROM?.trim() || "Margin <no-reply@margin.invalid>";
}

/** Sends one message; false when no SMTP server is configured. Throws when the server refuses it. */
export async function sendMail(message: MailMessage): Promise<boolean> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return false;
  await transportFor(url).sendMail({ from: mailSender(), ...message });
  return true;
}
