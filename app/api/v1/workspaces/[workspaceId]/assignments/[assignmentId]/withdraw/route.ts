import { withdrawAssignment } from "@/lib/assignments/withdraw-assignment";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Withdraws the assignment (no body). */
export const POST = apiRoute<{ workspaceId: string; assignmentId: string }>(async ({ actor, params }) =>
  json(await withdrawAssignment(getDb(), { actor, ...params })),
);
