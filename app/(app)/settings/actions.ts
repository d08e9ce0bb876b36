"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { getDb } from "@/lib/db/client";
import { revokeAllSessions } from "@/lib/sessions/revoke-all-sessions";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { revokeSession } from "@/lib/sessions/revoke-session";

export const createApiTokenAction = authedAction(async (actor, input: unknown) => {
  const { token, secret } = await createApiToken(getDb(), { actor, input });
  revalidatePath("/settings");
  return { name: token.name, secret };
});

export const revokeApiTokenAction = authedAction(async (actor, tokenId: string) => {
  await revokeApiToken(getDb(), { actor, tokenId });
  revalidatePath("/settings");
});

export const revokeSessionAction = authedAction(async (actor, sessionId: string) => {
  await revokeSession(getDb(), { actor, sessionId });
  revalidatePath("/settings");
});

/** Ends every session of the acting person, this one included; the browser then signs out. */
export const signOutEverywhereAction = authedAction(async (actor) => {
  return revokeAllSessions(getDb(), { actor });
});

/** Asks the current password; every other session ends. */
export const changePasswordAction = authedAction(async (actor, input: unknown) => {
  const result = await changePassword(getDb(), { actor, input });
  revalidatePath("/settings");
  return result;
});

/** Asks the password; the content stays, credited to "deleted user"; the browser then signs out. */
export const deleteAccountAction = authedAction(async (actor, input: unknown) => {
  return deleteAccount(getDb(), { actor, input });
});
