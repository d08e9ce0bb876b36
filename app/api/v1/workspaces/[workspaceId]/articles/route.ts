import { importArticle } from "@/lib/articles/import-article";
import { listArticles } from "@/lib/articles/list-articles";
import { listArticlesQuerySchema } from "@/lib/articles/schemas";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

/** A page of the current articles, or with ?archived=true of the archived ones. */
export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const query = listArticlesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = await listArticles(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    cursor: query.cursor ?? null,
    limit: query.limit,
    archived: query.archived === "true",
  });
  return Response.json({ data: result.items, nextCursor: result.nextCursor });
});

/** Creates an article from text, Markdown or HTML: { content, fileName?, mediaType?, metadata? }. */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const article = await importArticle(getDb(), { actor, workspaceId: params.workspaceId, input: await body() });
  return created(article, `/api/v1/workspaces/${params.workspaceId}/articles/${article.id}`);
});
