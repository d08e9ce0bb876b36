import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export const dynamic = "force-dynamic";

/** Marks the caller's notifications read: { ids: [...] } or { all: true }. */
export const POST = apiRoute(async ({ actor, json: body }) =>
  json(await markNotificationsRead(getDb(), { actor, input: await body() })),
);
