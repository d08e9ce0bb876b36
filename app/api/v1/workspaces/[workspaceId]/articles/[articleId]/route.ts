import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { listArticleClaims } from "@/lib/claims/list-article-claims";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json, noContent } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; articleId: string };

/** The article, its current revision (text and blocks, positions in code points) and its claims. */
export const GET = apiRoute<Params>(async ({ actor, params }) => {
  const scope = { actor, workspaceId: params.workspaceId, articleId: params.articleId };
  const [{ article }, claims] = await Promise.all([getArticle(getDb(), scope), listArticleClaims(getDb(), scope)]);
  return json({ ...article, claims });
});

/** Fixes an article's metadata: { title, outlet?, byline?, publishedAt?, sourceUrl?, ..., version }. */
export const PATCH = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await updateArticleMetadata(getDb(), { actor, ...params, input: await body() })),
);

/** Moves the article to the trash (editors; an editor can restore it for 30 days): { version }. */
export const DELETE = apiRoute<Params>(async ({ actor, params, bodyOrQuery: body }) => {
  await deleteArticle(getDb(), { actor, ...params, input: await body() });
  return noContent();
});
