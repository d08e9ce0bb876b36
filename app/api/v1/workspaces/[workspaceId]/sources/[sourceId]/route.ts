import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json, noContent } from "@/lib/http/responses";
import { removeSource } from "@/lib/sources/remove-source";
import { updateSource } from "@/lib/sources/update-source";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; sourceId: string };

/** Replaces a source's fields: { url, title, publisher?, excerpt?, stance, accessedAt?, archivedUrl?, version }. */
export const PATCH = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await updateSource(getDb(), { actor, ...params, input: await body() })),
);

export const DELETE = apiRoute<Params>(async ({ actor, params, bodyOrQuery: body }) => {
  await removeSource(getDb(), { actor, ...params, input: await body() });
  return noContent();
});
