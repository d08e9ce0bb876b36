import { z } from "zod";
import { pageQuerySchema } from "../http/responses";
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from "./notification-kinds";

export function isNotificationDelivery(value: string): value is NotificationDelivery {
  return (NOTIFICATION_DELIVERIES as readonly string[]).includes(value);
}

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z.enum(["true", "false"]).optional().describe("true: unread ones only"),
});

export const markNotificationsReadSchema = z
  .strictObject({
    ids: z.array(z.string().min(1).max(64)).min(1).max(100).optional().describe("these notifications"),
    all: z.literal(true).optional().describe("every notification"),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), "Send either ids or all: true.");

export const setNotificationPreferenceSchema = z.strictObject({
  /** "default", or a workspace id whose setting overrides the default. */
  scope: z.string().min(1).max(64),
  /** null removes a workspace's override (it follows the default again). */
  delivery: z.enum(NOTIFICATION_DELIVERIES).nullable(),
});
