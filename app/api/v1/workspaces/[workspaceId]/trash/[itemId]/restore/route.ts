import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { restoreTrashItem } from "@/lib/trash/restore-trash-item";

export const dynamic = "force-dynamic";

/** Puts a trash item back where it was (editors): answers what came back and where. */
export const POST = apiRoute<{ workspaceId: string; itemId: string }>(async ({ actor, params }) =>
  json(await restoreTrashItem(getDb(), { actor, ...params })),
);
