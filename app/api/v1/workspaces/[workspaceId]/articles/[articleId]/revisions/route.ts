import { listRevisions } from "@/lib/articles/list-revisions";
import { reviseArticle } from "@/lib/articles/revise-article";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string; articleId: string };

export const GET = apiRoute<Params>(async ({ actor, params }) =>
  json(await listRevisions(getDb(), { actor, ...params })),
);

/**
 * Saves new text as a new revision and re-anchors every claim: { text, baseRevisionId, message? }
 * (text: blocks separated by blank lines, subheadings as "## ..."). Answers with the re-anchoring report.
 */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) =>
  json(await reviseArticle(getDb(), { actor, ...params, input: await body() })),
);
