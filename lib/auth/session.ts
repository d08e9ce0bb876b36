import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
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
}

/** The signed-in user, read once per request; null when signed out or the account is gone. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(callbackUrl?: string): Promise<Actor & { user: SessionUser }> {
  const user = await getSessionUser();
  if (!user) redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  return { userId: user.id, user };
}
