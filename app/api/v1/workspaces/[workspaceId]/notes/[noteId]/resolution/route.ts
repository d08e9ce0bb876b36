import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { setNoteThreadResolved } from "@/lib/notes/set-note-thread-resolved";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; noteId: string };

/** Marks a thread resolved or reopens it: { resolved }. */
export const PUT = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await setNoteThreadResolved(getDb(), { actor, ...params, input: await body() })),
);
