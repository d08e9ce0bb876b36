import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { pageQuery } from "@/lib/http/responses";
import { listTrash } from "@/lib/trash/list-trash";

export const dynamic = "force-dynamic";

/** The workspace's trash, most recently deleted first (editors); items past 30 days are purged first. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const page = pageQuery(request);
  const result = await listTrash(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    cursor: page.cursor ?? null,
    limit: page.limit,
  });
  return Response.json({ data: result.items, nextCursor: result.nextCursor });
});
