"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/authed-action";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { changeMemberRole } from "@/lib/workspaces/change-member-role";
import { removeMember } from "@/lib/workspaces/remove-member";
import { getWorkspaceBySlug } from "@/lib/workspaces/get-workspace-by-slug";
import { inviteMember } from "@/lib/workspaces/invite-member";
import { revokeInvite } from "@/lib/workspaces/revoke-invite";
import { appOrigin } from "@/lib/http/app-origin";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { passwordResetUrl } from "@/lib/users/password-reset-link";

async function workspaceId(actor: Actor, slug: string) {
  return (await getWorkspaceBySlug(getDb(), { actor, slug })).workspace.id;
}

export const inviteMemberAction = authedAction(async (actor, slug: string, input: unknown) => {
  const { invite, token } = await inviteMember(getDb(), { actor, workspaceId: await workspaceId(actor, slug), input });
  revalidatePath(`/w/${slug}/members`);
  return { email: invite.email, role: invite.role, link: `${appOrigin(await headers())}/invite/${token}` };
});

export const changeRoleAction = authedAction(async (actor, slug: string, input: unknown) => {
  await changeMemberRole(getDb(), { actor, workspaceId: await workspaceId(actor, slug), input });
  revalidatePath(`/w/${slug}/members`);
});

export const removeMemberAction = authedAction(async (actor, slug: string, membershipId: string) => {
  await removeMember(getDb(), { actor, workspaceId: await workspaceId(actor, slug), membershipId });
  revalidatePath(`/w/${slug}/members`);
});

export const revokeInviteAction = authedAction(async (actor, slug: string, inviteId: string) => {
  await revokeInvite(getDb(), { actor, workspaceId: await workspaceId(actor, slug), inviteId });
  revalidatePath(`/w/${slug}/members`);
});

export const issuePasswordResetAction = authedAction(async (actor, slug: string, membershipId: string) => {
  const reset = await issuePasswordReset(getDb(), {
    actor,
    workspaceId: await workspaceId(actor, slug),
    input: { membershipId },
  });
  return { name: reset.name, link: passwordResetUrl(appOrigin(await headers()), reset.token) };
});
