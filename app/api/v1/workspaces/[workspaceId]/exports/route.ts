import { getDb } from "@/lib/db/client";
import { exportResponse } from "@/lib/exports/export-stream";
import { exportQuerySchema } from "@/lib/exports/schemas";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";

export const dynamic = "force-dynamic";

/** ?format=markdown|csv|csv-evidence|json|w3c|claimreview&articles=id,id (default: every article). Streamed. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const query = exportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return exportResponse(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    format: query.format,
    ...(query.articles ? { articleIds: query.articles } : {}),
    origin: appOrigin(request.headers),
  });
});
