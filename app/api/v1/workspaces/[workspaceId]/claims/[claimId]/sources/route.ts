import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created, pageQuery, paginate } from "@/lib/http/responses";
import { addSource } from "@/lib/sources/add-source";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };

export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const { sources } = await getClaimDetail(getDb(), { actor, ...params });
  return Response.json(paginate(sources, pageQuery(request)));
});

/** Adds a source: { url, title, publisher?, excerpt?, stance, accessedAt?, archivedUrl? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const source = await addSource(getDb(), { actor, ...params, input: await body() });
  return created(source, `/api/v1/workspaces/${params.workspaceId}/sources/${source.id}`);
});
