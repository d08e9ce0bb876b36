// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema } from "../http/response-schemas";
import { NOTIFICATION_KINDS } from "./notification-kinds";

export const notificationResponse = z.strictObject({
  id: idSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  text: z.string(),
  excerpt: z.string().describe("the claim's words when it happened, shortened"),
  href: z.string().describe("the place in Margin it is about"),
  workspace: personRefSchema,
  articleId: orNull(idSchema),
  claimId: orNull(idSchema),
  noteId: orNull(idSchema),
  actor: orNull(personRefSchema),
  createdAt: isoTimeSchema,
  readAt: orNull(isoTimeSchema),
});

export const notificationPageResponse = z.strictObject({
  data: z.array(notificationResponse),
  nextCursor: orNull(z.string()),
  unread: z.number().int(),
});

export const unreadCountResponse = z.strictObject({ unread: z.number().int() });

export const notificationsMarkedResponse = z.strictObject({ marked: z.number().int(), unread: z.number().int() });
