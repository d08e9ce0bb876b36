import { getDb } from "@/lib/db/client";
import { exportResponse } from "@/lib/exports/export-stream";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";

export const dynamic = "force-dynamic";

/** ?format=markdown|csv|csv-evidence|json|w3c|claimreview&articles=id,id (default: every article). Streamed. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const url = new URL(request.url);
  const articles = url.searchParams.get("articles");
  return exportResponse(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    format: url.searchParams.get("format") ?? "",
    ...(articles ? { articleIds: articles.split(",").filter(Boolean).slice(0, 1000) } : {}),
    origin: appOrigin(request.headers),
  });
});
