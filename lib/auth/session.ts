import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { redirect } from "next/navigation";
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
  const session = await getServerSession(getAuthOptions());
  const resolved = await resolveSession(getDb(), { sessionId: session?.sessionId, userId: session?.user?.id });
  return resolved ? { ...resolved.user, sessionId: resolved.sessionId } : null;
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(callbackUrl?: string): Promise<Actor & { user: SessionUser }> {
  const user = await getSessionUser();
  if (!user) redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  return { userId: user.id, sessionId: user.sessionId, user };
}
