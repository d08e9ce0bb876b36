import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { openArticleEventStream } from "@/lib/live/article-event-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ workspaceId: string; articleId: string }>(async ({ actor, params, request }) => {
  const url = new URL(request.url);
  return openArticleEventStream(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    articleId: params.articleId,
    lastEventId: request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId"),
    signal: request.signal,
  });
});
