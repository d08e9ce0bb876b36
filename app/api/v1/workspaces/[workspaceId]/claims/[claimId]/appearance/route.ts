import { setClaimAppearance } from "@/lib/claims/set-claim-appearance";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Who made the claim, where and when it appeared: { claimantName, claimantType, claimDate, appearanceUrl, version }. */
export const PUT = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, json: body }) =>
  json(await setClaimAppearance(getDb(), { actor, ...params, input: await body() })),
);
