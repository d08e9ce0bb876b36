import "server-only";
// The daily digest: one e-mail per person who chose it, listing their notifications no e-mail has
// carried yet. Each UTC day is claimed once in the database (NotificationDigestRun), so several
// instances checking every hour send it once; a notification is marked mailed only once its
// e-mail went out, so a failed mail is retried by the next day's digest.
import type { Db } from "../db/client";
import { isUniqueConstraintError } from "../errors/app-error";
import { mailConfigured, sendMail } from "../mail/send-mail";
import { digestMail, loadMailedNotifications } from "./notification-mail";
import { deliveriesFor } from "./preferences";

/** Older unmailed notifications are not worth an e-mail any more. */
const DIGEST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type DigestResult = { claimed: boolean; sent: number; failed: number };

export async function sendDailyDigests(db: Db, now: Date): Promise<DigestResult> {
  if (!mailConfigured()) return { claimed: false, sent: 0, failed: 0 };
  const day = now.toISOString().slice(0, 10);
  try {
    await db.notificationDigestRun.create({ data: { day, claimedAt: now } });
  } catch (error) {
    if (isUniqueConstraintError(error)) return { claimed: false, sent: 0, failed: 0 };
    throw error;
  }
  const subscribers = await db.notificationPreference.findMany({
    where: { delivery: "daily" },
    select: { userId: true },
    distinct: ["userId"],
  });
  if (subscribers.length === 0) return { claimed: true, sent: 0, failed: 0 };
  const pending = await loadMailedNotifications(db, {
    recipientId: { in: subscribers.map((s) => s.userId) },
    emailedAt: null,
    createdAt: { gte: new Date(now.getTime() - DIGEST_WINDOW_MS), lte: now },
  });
  const deliveryOf = await deliveriesFor(
    db,
    pending.map((n) => ({ userId: n.recipientId, workspaceId: n.workspaceId })),
  );
  const byRecipient = new Map<string, typeof pending>();
  for (const n of pending) {
    if (deliveryOf({ userId: n.recipientId, workspaceId: n.workspaceId }) !== "daily") continue;
    byRecipient.set(n.recipientId, [...(byRecipient.get(n.recipientId) ?? []), n]);
  }
  let sent = 0;
  let failed = 0;
  for (const list of byRecipient.values()) {
    try {
      await sendMail(digestMail(list));
      await db.notification.updateMany({ where: { id: { in: list.map((n) => n.id) } }, data: { emailedAt: now } });
      sent += 1;
    } catch (error) {
      failed += 1;
      console.error("[notifications] a digest could not be sent", error);
    }
  }
  return { claimed: true, sent, failed };
}

const HOUR_MS = 60 * 60 * 1000;

/** In the server process when SMTP is set: checks every hour; the first check of a UTC day sends. */
export function startDigestScheduler(getDb: () => Db): () => void {
  if (!mailConfigured()) return () => {};
  const run = () =>
    void sendDailyDigests(getDb(), new Date()).catch((error: unknown) =>
      console.error("[notifications] the daily digest failed", error),
    );
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
