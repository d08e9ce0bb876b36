import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { jsonRead } from "@/lib/http/responses";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

/** { unread }: what the bell in the header shows; polled by open pages. */
export const GET = apiRoute(async ({ actor }) =>
  jsonRead("/api/v1/notifications/unread-count", await countUnreadNotifications(getDb(), { actor })),
);
