import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

/** The caller's notifications in this workspace, newest first: { data, nextCursor, unread }. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listNotifications(getDb(), { actor, workspaceId: params.workspaceId, input }));
});
