import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { searchWorkspace } from "@/lib/search/search-workspace";

export const dynamic = "force-dynamic";

/** Full-text search: ?q=&kind=&status=&ratingId=&reviewerId=&tag=&from=&to=&limit=&offset= */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  const result = await searchWorkspace(getDb(), { actor, workspaceId: params.workspaceId, input });
  return Response.json({ data: result.hits, total: result.total });
});
