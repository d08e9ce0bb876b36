import { markClaimReviewed } from "@/lib/claims/mark-claim-reviewed";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Clears the claim's "needs re-review" flag (editors): { version }. */
export const POST = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, json: body }) =>
  json(await markClaimReviewed(getDb(), { actor, ...params, input: await body() })),
);
