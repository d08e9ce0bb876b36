"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { getDb } from "@/lib/db/client";

export const createApiTokenAction = authedAction(async (actor, input: unknown) => {
  const { token, secret } = await createApiToken(getDb(), { actor, input });
  revalidatePath("/settings");
  return { name: token.name, secret };
});

export const revokeApiTokenAction = authedAction(async (actor, tokenId: string) => {
  await revokeApiToken(getDb(), { actor, tokenId });
  revalidatePath("/settings");
});
