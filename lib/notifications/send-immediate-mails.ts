import "server-only";
// After a write commits: e-mails to the recipients who chose "at once". A failure is logged by the
// caller (writeWithAudit's after-commit tasks) and the notification stays unmailed; it never fails
// the write that caused it.
import type { DbTx } from "../db/client";
import { mailConfigured, sendMail } from "../mail/send-mail";
import { immediateMail, loadMailedNotifications } from "./notification-mail";
import { deliveriesFor } from "./preferences";

export async function sendImmediateMails(db: DbTx, notificationIds: string[]): Promise<number> {
  if (!mailConfigured() || notificationIds.length === 0) return 0;
  const list = await loadMailedNotifications(db, { id: { in: notificationIds }, emailedAt: null });
  const deliveryOf = await deliveriesFor(
    db,
    list.map((n) => ({ userId: n.recipientId, workspaceId: n.workspaceId })),
  );
  let sent = 0;
  for (const n of list) {
    if (deliveryOf({ userId: n.recipientId, workspaceId: n.workspaceId }) !== "immediate") continue;
    // Claimed before sending: another instance (or a digest) never mails it again.
    const claimed = await db.notification.updateMany({
      where: { id: n.id, emailedAt: null },
      data: { emailedAt: new Date() },
    });
    if (claimed.count !== 1) continue;
    try {
      await sendMail(immediateMail(n));
      sent += 1;
    } catch (error) {
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: null } });
      console.error("[notifications] an e-mail could not be sent", error);
    }
  }
  return sent;
}
