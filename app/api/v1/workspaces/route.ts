import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { getDb } from "@/lib/db/client";
import { listWorkspacesForUser } from "@/lib/workspaces/list-workspaces-for-user";

export const dynamic = "force-dynamic";

/** The workspaces the caller belongs to (a token sees only its own workspace). */
export const GET = apiRoute(async ({ actor }) => json(await listWorkspacesForUser(getDb(), { actor })));
