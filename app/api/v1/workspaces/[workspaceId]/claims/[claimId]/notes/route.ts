import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created, pageQuery, paginate } from "@/lib/http/responses";
import { createNote } from "@/lib/notes/create-note";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };

export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const { notes } = await getClaimDetail(getDb(), { actor, ...params });
  return Response.json(paginate(notes, pageQuery(request)));
});

/** Adds a note (Markdown): { body, replyToId?, tags? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const note = await createNote(getDb(), { actor, ...params, input: await body() });
  return created(note, `/api/v1/workspaces/${params.workspaceId}/notes/${note.id}`);
});
