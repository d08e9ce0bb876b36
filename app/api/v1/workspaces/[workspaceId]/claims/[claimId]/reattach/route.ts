import { reattachClaim } from "@/lib/claims/reattach-claim";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Re-attaches a claim to a range of the current revision: { revisionId, start, end, version }. */
export const POST = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, json: body }) =>
  json(await reattachClaim(getDb(), { actor, ...params, input: await body() })),
);
