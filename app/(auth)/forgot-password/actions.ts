"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/authed-action";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db/client";
import { requestPasswordReset } from "@/lib/users/request-password-reset";

export const requestPasswordResetAction = publicAction(async (input: unknown) => {
  const requestHeaders = await headers();
  // Mailed links take their origin from NEXTAUTH_URL only: a request's Host header is the
  // sender's to choose, and a link built from it could lead the reader to another site.
  const origin = process.env.NEXTAUTH_URL?.trim() || null;
  const { mailConfigured } = await requestPasswordReset(getDb(), {
    input,
    origin,
    ip: clientIpFromHeaders(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  });
  return { mailConfigured };
});
