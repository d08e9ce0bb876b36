import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";
import { json } from "@/lib/http/responses";
import { listClaimVerdicts } from "@/lib/verdicts/list-claim-verdicts";
import { setFinalVerdict, setFinalVerdictPublished } from "@/lib/verdicts/set-final-verdict";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };

export const GET = apiRoute<Params>(async ({ actor, params, request }) =>
  json((await listClaimVerdicts(getDb(), { actor, ...params, origin: appOrigin(request.headers) })).finalVerdict),
);

/** Sets the final verdict (editors): { ratingId, summary, claimReviewed?, version? }. */
export const PUT = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await setFinalVerdict(getDb(), { actor, ...params, input: await body() })),
);

/** Publishes or unpublishes it: { published, version, correction? }. */
export const PATCH = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await setFinalVerdictPublished(getDb(), { actor, ...params, input: await body() })),
);
