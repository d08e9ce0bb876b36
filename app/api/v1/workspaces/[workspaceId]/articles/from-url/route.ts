import { importArticleFromUrl } from "@/lib/articles/import-article";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

/** Fetches a web page on the server and creates an article from it: { url, metadata? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const article = await importArticleFromUrl(getDb(), { actor, workspaceId: params.workspaceId, input: await body() });
  return created(article, `/api/v1/workspaces/${params.workspaceId}/articles/${article.id}`);
});
