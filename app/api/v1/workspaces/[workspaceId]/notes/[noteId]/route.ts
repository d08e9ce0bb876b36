import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json, noContent } from "@/lib/http/responses";
import { deleteNote } from "@/lib/notes/delete-note";
import { updateNote } from "@/lib/notes/update-note";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; noteId: string };

/** Edits one's own note: { body, version }. */
export const PATCH = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await updateNote(getDb(), { actor, ...params, input: await body() })),
);

/** Deletes one's own note: { version }. */
export const DELETE = apiRoute<Params>(async ({ actor, params, bodyOrQuery: body }) => {
  await deleteNote(getDb(), { actor, ...params, input: await body() });
  return noContent();
});
