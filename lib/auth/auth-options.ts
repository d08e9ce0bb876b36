import "server-only";
// next-auth configuration: e-mail + password (Credentials) always, OAuth/OIDC when configured.
// Sessions are signed JWT cookies, so any app instance can read them (no in-memory state).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { isAppError } from "../errors/app-error";
import { authenticateWithPassword } from "../users/authenticate-with-password";
import { linkOAuthAccount } from "../users/link-oauth-account";
import { clientIpFromHeaders } from "./client-ip";
import { oauthProviders } from "./oauth-providers";
import { safeRedirectUrl } from "./safe-callback-url";
import { ensureAuthSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: ensureAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            return await authenticateWithPassword(getDb(), {
              input: { email: credentials?.email, password: credentials?.password },
              ip: clientIpFromHeaders(req.headers ?? {}),
            });
          } catch (error) {
            // next-auth passes the message of a thrown error to the sign-in form.
            if (isAppError(error)) throw new Error(error.message);
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out: a path on this origin only.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        const linked = await linkOAuthAccount(getDb(), {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          type: account.type,
          email: user.email ?? null,
          name: user.name ?? null,
          image: user.image ?? null,
        });
        if (!linked) return "/sign-in?error=OAuthNoEmail";
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
