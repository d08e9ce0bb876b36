import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export const dynamic = "force-dynamic";

/** Marks the caller's notifications read: { ids: [...] } or { all: true }. */
export const POST = apiRoute<{ workspaceId: string }>(async ({ actor, params, json: body }) =>
  json(await markNotificationsRead(getDb(), { actor, workspaceId: params.workspaceId, input: await body() })),
);
