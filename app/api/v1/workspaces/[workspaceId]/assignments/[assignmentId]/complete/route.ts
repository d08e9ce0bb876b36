import { completeAssignment } from "@/lib/assignments/complete-assignment";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Marks the assignment done (no body). */
export const POST = apiRoute<{ workspaceId: string; assignmentId: string }>(async ({ actor, params }) =>
  json(await completeAssignment(getDb(), { actor, ...params })),
);
