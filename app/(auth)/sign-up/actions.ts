"use server";

import { publicAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { startSignUp } from "@/lib/users/start-sign-up";

export const signUpAction = publicAction(async (input: unknown, callbackUrl?: string) => {
  // Mailed links take their origin from NEXTAUTH_URL only, never from the request's Host.
  const result = await startSignUp(getDb(), { input, origin: process.env.NEXTAUTH_URL?.trim() || null, callbackUrl });
  return result.status === "created"
    ? { email: result.user.email, confirmByMail: false }
    : { email: result.email, confirmByMail: true };
});
