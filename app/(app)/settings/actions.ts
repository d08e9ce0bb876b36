"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
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
