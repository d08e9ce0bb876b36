import { getClaimHistory } from "@/lib/audit/get-claim-history";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { jsonRead } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params }) => {
  const history = await getClaimHistory(getDb(), { actor, workspaceId: params.workspaceId, claimId: params.claimId });
  return jsonRead("/api/v1/workspaces/{workspaceId}/claims/{claimId}/history", history);
});
