import { getClaimFamily } from "@/lib/claim-memory/get-claim-family";
import { linkClaimFamily } from "@/lib/claim-memory/link-claim-family";
import { unlinkClaimFamily } from "@/lib/claim-memory/unlink-claim-family";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { jsonRead, noContent } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; claimId: string };
const PATH = "/api/v1/workspaces/{workspaceId}/claims/{claimId}/family";

export const GET = apiRoute<Params>(async ({ actor, params }) =>
  jsonRead(PATH, await getClaimFamily(getDb(), { actor, ...params })),
);

/** Confirms "same claim as …" (reviewers): { claimId } of the other claim; answers the family. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  await linkClaimFamily(getDb(), { actor, ...params, input: await body() });
  return jsonRead(PATH, await getClaimFamily(getDb(), { actor, ...params }));
});

/** Takes the claim out of its family (undoes "same claim as …"). */
export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await unlinkClaimFamily(getDb(), { actor, ...params });
  return noContent();
});
