import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaimDetail } from "@/lib/claims/get-claim-detail";
import { setClaimTags } from "@/lib/claims/set-claim-tags";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";
import { json, jsonRead, noContent } from "@/lib/http/responses";
import { listClaimVerdicts } from "@/lib/verdicts/list-claim-verdicts";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };

/** A claim with its notes, sources, and the verdicts the caller may see (blind review applies). */
export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const scope = { actor, ...params };
  const [detail, verdicts] = await Promise.all([
    getClaimDetail(getDb(), scope),
    listClaimVerdicts(getDb(), { ...scope, origin: appOrigin(request.headers) }),
  ]);
  return jsonRead("/api/v1/workspaces/{workspaceId}/claims/{claimId}", { ...detail, verdicts });
});

/** Changes the claim's tags: { add?, remove? } (merges with concurrent changes) or { tags, version }. */
export const PATCH = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await setClaimTags(getDb(), { actor, ...params, input: await body() })),
);

/** Deletes the claim: { version }. */
export const DELETE = apiRoute<Params>(async ({ actor, params, bodyOrQuery: body }) => {
  await deleteClaim(getDb(), { actor, ...params, input: await body() });
  return noContent();
});
