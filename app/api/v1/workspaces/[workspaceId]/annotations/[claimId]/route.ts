import { getDb } from "@/lib/db/client";
import { annotationsEtag, singleAnnotation } from "@/lib/exports/annotation-pages";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";
import { ldResponse } from "@/lib/http/ld-response";

export const dynamic = "force-dynamic";

/** One claim as a W3C Web Annotation. */
export const GET = apiRoute<{ workspaceId: string; claimId: string }>(async ({ actor, params, request }) => {
  const body = await singleAnnotation(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    claimId: params.claimId,
    origin: appOrigin(request.headers),
  });
  return ldResponse(request, body, await annotationsEtag(getDb(), params.workspaceId, actor.userId, params.claimId));
});
