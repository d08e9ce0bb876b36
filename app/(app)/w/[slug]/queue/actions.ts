"use server";

// "My queue": the assignee marks an assignment done. The data layer checks it is theirs (or that
// the actor is an editor) inside the workspace.
import { authedAction } from "@/lib/actions/authed-action";
import { completeAssignment } from "@/lib/assignments/complete-assignment";
import { getDb } from "@/lib/db/client";

export const markAssignmentDoneAction = authedAction(async (actor, workspaceId: string, assignmentId: string) =>
  completeAssignment(getDb(), { actor, workspaceId, assignmentId }),
);
