import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

/** The caller's notifications, newest first: { data, nextCursor, unread }. A token: its workspace's. */
export const GET = apiRoute(async ({ actor, request }) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listNotifications(getDb(), { actor, input }));
});
