import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { listClaimVerdicts } from "@/lib/verdicts/list-claim-verdicts";
import { saveVerdict } from "@/lib/verdicts/save-verdict";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };

/** The caller's verdict and, when blind review allows, the others'. */
export const GET = apiRoute<Params>(async ({ actor, params }) =>
  json(await listClaimVerdicts(getDb(), { actor, ...params })),
);

/** Saves the caller's own verdict: { ratingId, confidence, rationale?, sourceIds?, submit?, version? }. */
export const PUT = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await saveVerdict(getDb(), { actor, ...params, input: await body() })),
);
