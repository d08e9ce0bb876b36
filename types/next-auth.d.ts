import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The Session row the cookie names (lib/sessions). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this cookie belongs to; checked on every request. */
    sid?: string;
  }
}
