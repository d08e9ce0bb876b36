import { createClaimFromSelectors } from "@/lib/claims/create-claim-from-selectors";
import { listArticleClaims } from "@/lib/claims/list-article-claims";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created, jsonRead } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; articleId: string };

export const GET = apiRoute<Params>(async ({ actor, params, request }) =>
  jsonRead(
    "/api/v1/workspaces/{workspaceId}/articles/{articleId}/claims",
    await listArticleClaims(getDb(), {
      actor,
      ...params,
      input: Object.fromEntries(new URL(request.url).searchParams),
    }),
  ),
);

/** Creates a claim from W3C selectors: { selector: [TextQuoteSelector?, TextPositionSelector?], tags? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const result = await createClaimFromSelectors(getDb(), { actor, ...params, input: await body() });
  return created(result, `/api/v1/workspaces/${params.workspaceId}/claims/${result.claim.id}`);
});
