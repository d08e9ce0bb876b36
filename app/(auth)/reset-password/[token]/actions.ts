"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/authed-action";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db/client";
import { resetPassword } from "@/lib/users/reset-password";

export const resetPasswordAction = publicAction(async (input: unknown) => {
  const requestHeaders = await headers();
  const { email } = await resetPassword(getDb(), {
    input,
    ip: clientIpFromHeaders(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  });
  return { email };
});
