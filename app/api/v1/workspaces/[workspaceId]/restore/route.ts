import { restoreBackup } from "@/lib/backup/restore-backup";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Restores a Margin JSON backup into this (empty) workspace. Admins only. */
export const POST = apiRoute<{ workspaceId: string }>(async ({ actor, params, json: body }) =>
  json(await restoreBackup(getDb(), { actor, workspaceId: params.workspaceId, input: await body() })),
);
