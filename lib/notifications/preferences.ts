import "server-only";
// Per-person delivery: a default ("default" scope) and optional overrides per workspace.
import type { DbTx } from "../db/client";
import type { NotificationDelivery } from "./notification-kinds";
import { isNotificationDelivery } from "./schemas";

export const DEFAULT_SCOPE = "default";

/** Each person's delivery in a workspace: the workspace's override, else their default, else in-app. */
export async function deliveriesFor(
  db: DbTx,
  pairs: { userId: string; workspaceId: string }[],
): Promise<(pair: { userId: string; workspaceId: string }) => NotificationDelivery> {
  const userIds = [...new Set(pairs.map((pair) => pair.userId))];
  const rows = userIds.length
    ? await db.notificationPreference.findMany({
        where: { userId: { in: userIds } },
        select: { userId: true, scope: true, delivery: true },
      })
    : [];
  const byKey = new Map(rows.map((row) => [`${row.userId} ${row.scope}`, row.delivery]));
  return ({ userId, workspaceId }) => {
    const chosen = byKey.get(`${userId} ${workspaceId}`) ?? byKey.get(`${userId} ${DEFAULT_SCOPE}`);
    return chosen && isNotificationDelivery(chosen) ? chosen : "in_app";
  };
}
