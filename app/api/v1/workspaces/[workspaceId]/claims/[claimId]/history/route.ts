import { getClaimHistory } from "@/lib/audit/get-claim-history";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params }) => {
  const history = await getClaimHistory(getDb(), { actor, workspaceId: params.workspaceId, claimId: params.claimId });
  return Response.json({ data: history });
});
