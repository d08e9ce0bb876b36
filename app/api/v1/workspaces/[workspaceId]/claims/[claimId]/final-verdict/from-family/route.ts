import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created } from "@/lib/http/responses";
import { startFinalVerdictFromFamily } from "@/lib/verdicts/start-final-verdict-from-family";

export const dynamic = "force-dynamic";

/** Starts the claim's final verdict from a family member's (editors): { fromClaimId }. */
export const POST = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, json: body }) =>
  created(
    await startFinalVerdictFromFamily(getDb(), { actor, ...params, input: await body() }),
    `/api/v1/workspaces/${params.workspaceId}/claims/${params.claimId}/final-verdict`,
  ),
);
