import { importArticle } from "@/lib/articles/import-article";
import { listArticles } from "@/lib/articles/list-articles";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created, pageQuery } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const page = pageQuery(request);
  const result = await listArticles(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    cursor: page.cursor ?? null,
    limit: page.limit,
  });
  return Response.json({ data: result.items, nextCursor: result.nextCursor });
});

/** Creates an article from text, Markdown or HTML: { content, fileName?, mediaType?, metadata? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const article = await importArticle(getDb(), { actor, workspaceId: params.workspaceId, input: await body() });
  return created(article, `/api/v1/workspaces/${params.workspaceId}/articles/${article.id}`);
});
