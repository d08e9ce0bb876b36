"use server";

import { publicAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { signUp } from "@/lib/users/sign-up";

export const signUpAction = publicAction(async (input: unknown) => {
  const user = await signUp(getDb(), { input });
  return { email: user.email };
});
