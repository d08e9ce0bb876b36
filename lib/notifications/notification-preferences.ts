import "server-only";
// Reading and choosing how one hears of notifications: a default, and overrides per workspace.
import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { NotificationDelivery } from "./notification-kinds";
import { DEFAULT_SCOPE } from "./preferences";
import { isNotificationDelivery, setNotificationPreferenceSchema } from "./schemas";

export interface NotificationPreferences {
  defaultDelivery: NotificationDelivery;
  workspaces: { id: string; name: string; delivery: NotificationDelivery | null }[];
}

export async function getNotificationPreferences(db: Db, options: { actor: Actor }): Promise<NotificationPreferences> {
  assertActor(options.actor);
  const [rows, memberships] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: options.actor.userId } }),
    db.membership.findMany({
      where: { userId: options.actor.userId },
      orderBy: { createdAt: "asc" },
      select: { workspace: { select: { id: true, name: true } } },
    }),
  ]);
  const byScope = new Map(
    rows.filter((row) => isNotificationDelivery(row.delivery)).map((row) => [row.scope, row.delivery]),
  );
  return {
    defaultDelivery: (byScope.get(DEFAULT_SCOPE) as NotificationDelivery | undefined) ?? "in_app",
    workspaces: memberships.map(({ workspace }) => ({
      ...workspace,
      delivery: (byScope.get(workspace.id) as NotificationDelivery | undefined) ?? null,
    })),
  };
}

export async function setNotificationPreference(db: Db, options: { actor: Actor; input: unknown }): Promise<void> {
  assertActor(options.actor);
  const input = setNotificationPreferenceSchema.parse(options.input);
  // A workspace scope must be one's own workspace ("not found" otherwise, like any other).
  if (input.scope !== DEFAULT_SCOPE) await getMemberActor(db, options.actor, input.scope);
  const key = { userId_scope: { userId: options.actor.userId, scope: input.scope } };
  if (input.delivery === null) {
    await db.notificationPreference.deleteMany({ where: { userId: options.actor.userId, scope: input.scope } });
    return;
  }
  await db.notificationPreference.upsert({
    where: key,
    create: { userId: options.actor.userId, scope: input.scope, delivery: input.delivery },
    update: { delivery: input.delivery },
  });
}
