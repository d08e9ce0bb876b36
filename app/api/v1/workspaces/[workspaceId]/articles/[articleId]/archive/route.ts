import { archiveArticle } from "@/lib/articles/archive-article";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Archives an article or brings it back (editors): { archived, version }. */
export const POST = apiRoute<{ workspaceId: string; articleId: string }>(async ({ actor, params, json: body }) =>
  json(await archiveArticle(getDb(), { actor, ...params, input: await body() })),
);
