"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { acceptInvite } from "@/lib/workspaces/accept-invite";

export const acceptInviteAction = authedAction(async (actor, token: string) => {
  const workspace = await acceptInvite(getDb(), { actor, token });
  redirect(`/w/${workspace.slug}`);
});
