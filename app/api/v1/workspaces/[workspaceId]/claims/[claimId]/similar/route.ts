import { findSimilarClaims } from "@/lib/claim-memory/find-similar-claims";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { jsonRead } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, request }) => {
  const similar = await findSimilarClaims(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    claimId: params.claimId,
    input: Object.fromEntries(new URL(request.url).searchParams),
  });
  return jsonRead("/api/v1/workspaces/{workspaceId}/claims/{claimId}/similar", similar);
});
