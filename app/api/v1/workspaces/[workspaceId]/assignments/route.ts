import { createAssignments } from "@/lib/assignments/create-assignments";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { created, jsonRead } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

/** ?assignee=<user id>|me&state=open|done|withdrawn&article=<id>&limit&cursor */
export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = await listAssignments(getDb(), { actor, workspaceId: params.workspaceId, query });
  return jsonRead("/api/v1/workspaces/{workspaceId}/assignments", result.items, { nextCursor: result.nextCursor });
});

/** { articleId, assigneeIds, claimIds?, dueAt? }: one assignment per reviewer (and per claim, when given). */
export const POST = apiRoute<Params>(async ({ actor, params, json: body }) => {
  const assignments = await createAssignments(getDb(), { actor, workspaceId: params.workspaceId, input: await body() });
  const article = new URLSearchParams({ article: assignments[0]?.articleId ?? "" });
  return created(assignments, `/api/v1/workspaces/${params.workspaceId}/assignments?${article}`);
});
