import "server-only";
// next-auth configuration: e-mail + password (Credentials) always, OAuth/OIDC when configured.
// Sessions are signed JWT cookies naming a row of the Session table: any instance reads the cookie,
// and every request checks the row (lib/sessions/resolve-session.ts), so signing out ends it everywhere.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { recordAuthEvent } from "../auth-events/record-auth-event";
import { isAppError } from "../errors/app-error";
import { authenticateWithPassword } from "../users/authenticate-with-password";
import { linkOAuthAccount, providerVerifiedEmail } from "../users/link-oauth-account";
import { clientIpFromHeaders } from "./client-ip";
import { currentCredentialsAttempt } from "./credentials-attempt";
import { oauthProviders } from "./oauth-providers";
import { safeRedirectUrl } from "./safe-callback-url";
import { ensureAuthSecret } from "./secret";
import { endSession } from "../sessions/end-session";
import { SESSION_MAX_AGE_SECONDS } from "../sessions/session-policy";
import { startSession } from "../sessions/start-session";

export { SESSION_MAX_AGE_SECONDS };

export function buildAuthOptions(): NextAuthOptions {
  const secret = ensureAuthSecret();
  return {
    secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const ip = clientIpFromHeaders(req.headers ?? {});
          // Shown in Settings' list of sessions, to tell one browser from another, and logged.
          const agent = (req.headers as Record<string, unknown> | undefined)?.["user-agent"];
          const userAgent = typeof agent === "string" ? agent : null;
          const email = typeof credentials?.email === "string" ? credentials.email : null;
          // Present only inside POST /api/auth/callback/credentials (lib/auth/credentials-attempt.ts).
          const attempt = currentCredentialsAttempt();
          try {
            const user = await authenticateWithPassword(getDb(), {
              input: { email: credentials?.email, password: credentials?.password },
              ip,
              device: { token: attempt?.deviceToken ?? null, secret },
            });
            if (!user) {
              await recordAuthEvent(getDb(), { action: "sign_in_failed", email, ip, userAgent });
              return null;
            }
            if (attempt && user.deviceToken) attempt.deviceTokenToSet = user.deviceToken;
            return { id: user.id, name: user.name, email: user.email, userAgent, ip };
          } catch (error) {
            // next-auth passes the message of a thrown error to the sign-in form.
            if (isAppError(error)) {
              const wait = error.details as { retryAfterSeconds?: number; throttledBy?: string } | undefined;
              if (attempt && wait?.retryAfterSeconds) attempt.retryAfterSeconds = wait.retryAfterSeconds;
              await recordAuthEvent(getDb(), {
                action: wait?.throttledBy ? "sign_in_throttled" : "sign_in_failed",
                email,
                ip,
                userAgent,
                detail: wait?.throttledBy
                  ? `${wait.throttledBy} delay; retry after ${wait.retryAfterSeconds} s`
                  : error.code,
              });
              throw new Error(error.message);
            }
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
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const linked = await linkOAuthAccount(getDb(), {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          type: account.type,
          email: user.email ?? null,
          emailVerified: providerVerifiedEmail(profile),
          name: user.name ?? null,
          image: user.image ?? null,
        });
        if ("refused" in linked)
          return `/sign-in?error=${linked.refused === "no_email" ? "OAuthNoEmail" : "OAuthEmailNotVerified"}`;
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is present only at sign-in: each sign-in starts a session the cookie names.
        if (user?.id) {
          token.sub = user.id;
          const seen = user as { userAgent?: unknown; ip?: unknown };
          const userAgent = typeof seen.userAgent === "string" ? seen.userAgent : null;
          const session = await startSession(getDb(), { userId: user.id, userAgent });
          await recordAuthEvent(getDb(), {
            action: "sign_in",
            userId: user.id,
            detail: `${account?.provider ?? "credentials"}; session ${session.id}`,
            ip: typeof seen.ip === "string" ? seen.ip : null,
            userAgent,
          });
          token.sid = session.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      // Signing out ends the session on the server, not only the cookie in this browser.
      async signOut({ token }) {
        const ended = await endSession(getDb(), { sessionId: token?.sid, userId: token?.sub });
        if (ended)
          await recordAuthEvent(getDb(), { action: "sign_out", userId: token.sub, detail: `session ${token.sid}` });
      },
    },
  };
}
