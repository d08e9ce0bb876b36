"use server";

import { publicAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { confirmSignUp } from "@/lib/users/start-sign-up";

export const confirmSignUpAction = publicAction(async (token: string) => {
  return confirmSignUp(getDb(), { token });
});
