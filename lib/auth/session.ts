import "server-only";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { getDb } from "../db/client";
import { resolveSession } from "../sessions/resolve-session";
import type { Actor } from "./actor";
import { buildAuthOptions } from "./auth-options";

let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /** The Session row of this request's cookie. */
  sessionId: string;
}

/**
 * The signed-in user, read once per request; null when signed out, when the cookie's session was
 * ended (signed out here or elsewhere, "sign out everywhere") or expired, or the account is gone.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // The cookie is read and verified as the API reads it (lib/http/api-handler.ts). getServerSession
  // would also run next-auth's callbacks and sign a fresh cookie on every render, which a page
  // cannot send anyway; the Session row, not the cookie, says how long a session lasts.
  const request = { cookies: await cookies(), headers: {} } as unknown as NextRequest;
  const token = await getToken({ req: request, secret: getAuthOptions().secret });
  const resolved = await resolveSession(getDb(), { sessionId: token?.sid, userId: token?.sub });
  return resolved ? { ...resolved.user, sessionId: resolved.sessionId } : null;
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(callbackUrl?: string): Promise<Actor & { user: SessionUser }> {
  const user = await getSessionUser();
  if (!user) redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  return { userId: user.id, sessionId: user.sessionId, user };
}
