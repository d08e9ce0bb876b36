import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { noContent } from "@/lib/http/responses";
import { purgeTrashItem } from "@/lib/trash/purge-trash-item";

export const dynamic = "force-dynamic";

/** Purges a trash item for good now (admins), with what depended on it. */
export const DELETE = apiRoute<{ workspaceId: string; itemId: string }>(async ({ actor, params }) => {
  await purgeTrashItem(getDb(), { actor, ...params });
  return noContent();
});
