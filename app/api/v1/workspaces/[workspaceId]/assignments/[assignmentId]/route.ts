import { updateAssignment } from "@/lib/assignments/update-assignment";
import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Reassigns or moves the due date: { assigneeId?, dueAt?, version }. */
export const PATCH = apiRoute<{ workspaceId: string; assignmentId: string }>(async ({ actor, params, json: body }) =>
  json(await updateAssignment(getDb(), { actor, ...params, input: await body() })),
);
