// The account security log: a sign-in (with its client address and browser), a failed attempt
// (with the e-mail typed), signing out, ending sessions and making and revoking API tokens each
// leave an AuthEvent, written with the change.
import type { NextAuthOptions } from "next-auth";
import { describe, expect, it } from "vitest";
import { createApiToken } from "../api-tokens/create-api-token";
import { revokeApiToken } from "../api-tokens/revoke-api-token";
import { buildAuthOptions } from "../auth/auth-options";
import { runCredentialsAttempt } from "../auth/credentials-attempt";
import { revokeAllSessions } from "../sessions/revoke-all-sessions";
import { revokeSession } from "../sessions/revoke-session";
import { startSession } from "../sessions/start-session";
import { makeWorkspace, uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { signUp } from "../users/sign-up";

const db = () => testDb().db;
const PASSWORD = "a long enough pass phrase";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

const authorizeOf = (options: NextAuthOptions) =>
  (options.providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } }).options
    .authorize;
const headers = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "x-forwarded-for": "203.0.113.9" };

/** The credentials provider's authorize and the jwt callback, as next-auth runs them on a sign-in. */
async function signInAs(options: NextAuthOptions, email: string, password: string) {
  const user = (await authorizeOf(options)({ email, password }, { headers })) as { id: string } | null;
  if (!user) return null;
  return options.callbacks!.jwt!({ token: {}, user: user as never, account: { provider: "credentials" } as never });
}

const eventsOf = (where: { userId?: string; email?: string }) =>
  db().authEvent.findMany({
    where,
    orderBy: { createdAt: "asc" },
    select: { action: true, ip: true, userAgent: true, detail: true },
  });

describe("account security log", () => {
  it("records sign-ins with browser, failed attempts with the e-mail typed, and signing out", async () => {
    const email = `audited.${uniqueSuffix()}@example.test`;
    const user = await signUp(db(), { input: { name: "Audrey Audit", email, password: PASSWORD } });
    const options = buildAuthOptions();
    expect(await signInAs(options, email, "not the password")).toBeNull();
    expect(await signInAs(options, `nobody.${uniqueSuffix()}@example.test`, "whatever it is")).toBeNull();
    const token = await signInAs(options, email, PASSWORD);
    expect(token?.sid).toBeTruthy();
    await options.events!.signOut!({ token: token!, session: null as never });

    const failed = await db().authEvent.findMany({ where: { email, action: "sign_in_failed" } });
    expect(failed).toHaveLength(1);
    const events = await eventsOf({ userId: user.id });
    // Sorted: entries made within one millisecond have no order of their own.
    expect(events.map((e) => e.action).sort()).toEqual(["sign_in", "sign_out"]);
    const signIn = events.find((e) => e.action === "sign_in")!;
    expect(signIn.userAgent).toContain("Firefox");
    expect(signIn.detail).toContain(token!.sid!);
  });

  it("records throttled attempts; a sign-in request that must wait is answered 429, a successful one gets a device cookie", async () => {
    const email = `throttled.${uniqueSuffix()}@example.test`;
    await signUp(db(), { input: { name: "Theo Throttled", email, password: PASSWORD } });
    const options = buildAuthOptions();
    // As POST /api/auth/callback/credentials runs it: next-auth calls authorize() inside.
    const signInRequest = (password: string, cookie?: string) =>
      runCredentialsAttempt(
        new Request("http://margin.test/api/auth/callback/credentials", {
          method: "POST",
          headers: cookie ? { cookie } : {},
        }),
        async () => {
          const user = await authorizeOf(options)({ email, password }, { headers }).catch(() => null);
          return new Response("{}", { status: user ? 200 : 401 });
        },
      );
    const success = await signInRequest(PASSWORD);
    const deviceCookie = success.headers.getSetCookie().find((c) => c.startsWith("margin-device="));
    expect(deviceCookie).toContain("HttpOnly");
    for (let i = 0; i < 5; i++) expect((await signInRequest("wrong guess")).status).toBe(401);
    const refused = await signInRequest(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    const throttled = await db().authEvent.findMany({ where: { email, action: "sign_in_throttled" } });
    expect(throttled.map((e) => e.detail)).toEqual(["account delay; retry after 1 s"]);
    // The browser that signed in before is checked only against its own failures.
    const owner = await signInRequest(PASSWORD, deviceCookie!.split(";")[0]);
    expect(owner.status).toBe(200);
  });

  it("records ending sessions and making and revoking API tokens", async () => {
    const ws = await makeWorkspace(db());
    const here = await startSession(db(), { userId: ws.admin.userId });
    const there = await startSession(db(), { userId: ws.admin.userId });
    const actor = { userId: ws.admin.userId, sessionId: here.id };
    await revokeSession(db(), { actor, sessionId: there.id });
    const { token } = await createApiToken(db(), {
      actor,
      input: { name: "CMS", workspaceId: ws.workspace.id, scope: "read" },
    });
    await revokeApiToken(db(), { actor, tokenId: token.id });
    await revokeAllSessions(db(), { actor });
    const events = await eventsOf({ userId: ws.admin.userId });
    expect(events.map((e) => e.action).sort()).toEqual(
      ["session_revoked", "api_token_created", "api_token_revoked", "sessions_revoked_all"].sort(),
    );
    expect(events.find((e) => e.action === "api_token_created")!.detail).toContain(token.id);
  });
});
