"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const createWorkspaceAction = authedAction(async (actor, input: unknown) => {
  const workspace = await createWorkspace(getDb(), { actor, input });
  redirect(`/w/${workspace.slug}`);
});
