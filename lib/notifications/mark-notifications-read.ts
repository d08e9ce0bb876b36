import "server-only";
// Marks some of one's notifications read ({ ids }) or all of them ({ all: true }). Reading state
// is one's own business: no audit entry, no live event. A read-only token may not change it.
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { ownNotifications, type NotificationScope } from "./list-notifications";
import { markNotificationsReadSchema } from "./schemas";

export async function markNotificationsRead(
  db: Db,
  options: NotificationScope & { input: unknown },
): Promise<{ marked: number; unread: number }> {
  const where = await ownNotifications(db, options);
  if (options.actor.token?.scope === "read") throw new AppError("forbidden", "This API token is read-only.");
  const input = markNotificationsReadSchema.parse(options.input);
  const { count } = await db.notification.updateMany({
    where: { ...where, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: await db.notification.count({ where: { ...where, readAt: null } }) };
}
