"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { setNotificationPreference } from "@/lib/notifications/notification-preferences";

/** { ids } or { all: true }; answers how many are still unread. */
export const markNotificationsReadAction = authedAction(async (actor, input: unknown) =>
  markNotificationsRead(getDb(), { actor, input }),
);

export const setNotificationPreferenceAction = authedAction(async (actor, input: unknown) =>
  setNotificationPreference(getDb(), { actor, input }),
);
