import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { pageQuery } from "@/lib/http/responses";
import { listMemberDirectory } from "@/lib/workspaces/list-member-directory";

export const dynamic = "force-dynamic";

/** The workspace's members, longest-standing first: id, name, role (and e-mail, for admins). ?limit&cursor */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params, request }) => {
  const result = await listMemberDirectory(getDb(), { actor, workspaceId: params.workspaceId, ...pageQuery(request) });
  return Response.json({ data: result.items, nextCursor: result.nextCursor });
});
