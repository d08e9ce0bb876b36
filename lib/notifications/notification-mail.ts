import "server-only";
// The words of notification e-mails: one line per notification with its link.
import type { DbTx } from "../db/client";
import { appOrigin } from "../http/app-origin";
import type { MailMessage } from "../mail/send-mail";
import { describeNotification, notificationHref } from "./notification-kinds";

export const notificationMailSelect = {
  id: true,
  kind: true,
  articleId: true,
  claimId: true,
  excerpt: true,
  createdAt: true,
  workspaceId: true,
  recipientId: true,
  recipient: { select: { email: true, name: true } },
  actor: { select: { name: true } },
  workspace: { select: { slug: true, name: true } },
} as const;

type MailedNotification = Awaited<ReturnType<typeof loadMailedNotifications>>[number];

export function loadMailedNotifications(db: DbTx, where: { id: { in: string[] } } | object) {
  return db.notification.findMany({ where, orderBy: { createdAt: "asc" }, select: notificationMailSelect });
}

function line(n: MailedNotification): string {
  const what = describeNotification(n.kind, n.actor?.name ?? null, n.claimId !== null);
  const claim = n.excerpt ? `: "${n.excerpt}"` : "";
  const link = `${appOrigin(new Headers())}${notificationHref({ ...n, workspaceSlug: n.workspace.slug })}`;
  return `${what} in ${n.workspace.name}${claim}\n${link}`;
}

export function immediateMail(n: MailedNotification): MailMessage {
  return {
    to: n.recipient.email,
    subject: `Margin: ${describeNotification(n.kind, n.actor?.name ?? null, n.claimId !== null)}`,
    text: `${line(n)}\n\nChoose how Margin tells you in Settings.\n`,
  };
}

export function digestMail(list: MailedNotification[]): MailMessage {
  const first = list[0]!;
  return {
    to: first.recipient.email,
    subject: `Margin: ${list.length} notification${list.length === 1 ? "" : "s"} since yesterday`,
    text: `${list.map(line).join("\n\n")}\n\nChoose how Margin tells you in Settings.\n`,
  };
}
