import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { exportResponse } from "@/lib/exports/export-stream";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";

export const dynamic = "force-dynamic";
const MAX_EXPORT_ARTICLE_IDS = 1000;

/** ?format=markdown|csv|csv-evidence|json|w3c|claimreview&articles=id,id (default: every article). Streamed. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const url = new URL(request.url);
  const articles = url.searchParams.get("articles");
  const articleIds = articles?.split(",").filter(Boolean);
  // A longer list is refused rather than cut short: an export that silently misses articles is worse.
  if (articleIds && articleIds.length > MAX_EXPORT_ARTICLE_IDS) {
    throw new AppError(
      "validation_failed",
      `Export at most ${MAX_EXPORT_ARTICLE_IDS} articles at a time (got ${articleIds.length}); omit \`articles\` to export the whole workspace.`,
    );
  }
  return exportResponse(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    format: url.searchParams.get("format") ?? "",
    ...(articleIds ? { articleIds } : {}),
    origin: appOrigin(request.headers),
  });
});
