// Server-side sessions: the session cookie is only as good as the Session row it names. Signing
// out (next-auth's sign-out event), ending one session from Settings and "sign out everywhere" each
// end the cookie for the API and for an open live stream; an expired session, a cookie without a
// session id (issued before sessions existed) and a cookie naming another person's session are refused.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { getAuthOptions } from "../auth/session";
import { buildAuthOptions } from "../auth/auth-options";
import { openArticleEventStream } from "../live/article-event-stream";
import { signedInSession } from "../testing/api-route-fixtures";
import { callApi } from "../testing/api-client";
import { makeArticle, makeUser, makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listSessions } from "./list-sessions";
import { revokeAllSessions } from "./revoke-all-sessions";
import { revokeSession } from "./revoke-session";

const db = () => testDb().db;

async function apiStatus(cookie: string): Promise<number> {
  return (await callApi("GET", "/api/v1/workspaces", { headers: { cookie } })).status;
}

describe("sessions", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
  });

  it("signing out ends the session its cookie names, and only that one", async () => {
    const user = await makeUser(db());
    const signedOut = await signedInSession(user.userId);
    const other = await signedInSession(user.userId);
    expect(await apiStatus(signedOut.cookie)).toBe(200);
    // What next-auth runs on POST /api/auth/signout, with the cookie's decoded token.
    await buildAuthOptions().events!.signOut!({
      token: { sub: user.userId, sid: signedOut.sessionId },
      session: null as never,
    });
    expect(await apiStatus(signedOut.cookie)).toBe(401);
    expect(await apiStatus(other.cookie)).toBe(200);
  });

  it("Settings lists the person's active sessions and ends one of them; others' sessions are not theirs to end", async () => {
    const user = await makeUser(db());
    const stranger = await makeUser(db());
    const here = await signedInSession(user.userId);
    const there = await signedInSession(user.userId);
    const actor = { userId: user.userId, sessionId: here.sessionId };
    const listed = await listSessions(db(), { actor });
    expect(listed.map((s) => [s.id, s.current]).sort()).toEqual(
      [
        [here.sessionId, true],
        [there.sessionId, false],
      ].sort(),
    );
    await expect(
      revokeSession(db(), { actor: { userId: stranger.userId }, sessionId: there.sessionId }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await apiStatus(there.cookie)).toBe(200);
    await revokeSession(db(), { actor, sessionId: there.sessionId });
    expect(await apiStatus(there.cookie)).toBe(401);
    expect(await apiStatus(here.cookie)).toBe(200);
    expect((await listSessions(db(), { actor })).map((s) => s.id)).toEqual([here.sessionId]);
  });

  it("sign out everywhere ends every session of the person and no one else's", async () => {
    const user = await makeUser(db());
    const bystander = await makeUser(db());
    const sessions = await Promise.all([1, 2, 3].map(() => signedInSession(user.userId)));
    const theirs = await signedInSession(bystander.userId);
    const { ended } = await revokeAllSessions(db(), {
      actor: { userId: user.userId, sessionId: sessions[0]!.sessionId },
    });
    expect(ended).toBe(3);
    for (const session of sessions) expect(await apiStatus(session.cookie)).toBe(401);
    expect(await apiStatus(theirs.cookie)).toBe(200);
  });

  it("an API token cannot end sessions", async () => {
    const user = await makeUser(db());
    const session = await signedInSession(user.userId);
    await expect(
      revokeAllSessions(db(), {
        actor: { userId: user.userId, token: { id: "t", workspaceId: "w", scope: "read_write" } },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await apiStatus(session.cookie)).toBe(200);
  });

  it("refuses an expired session, a cookie without a session id, and a cookie naming another person's session", async () => {
    const user = await makeUser(db());
    const other = await makeUser(db());
    const expired = await signedInSession(user.userId);
    await db().session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await apiStatus(expired.cookie)).toBe(401);
    const secret = getAuthOptions().secret!;
    const legacy = await encode({ token: { sub: user.userId }, secret });
    expect(await apiStatus(`next-auth.session-token=${legacy}`)).toBe(401);
    const othersSession = await signedInSession(other.userId);
    const mixed = await encode({ token: { sub: user.userId, sid: othersSession.sessionId }, secret });
    expect(await apiStatus(`next-auth.session-token=${mixed}`)).toBe(401);
  });

  it("closes an open live stream once its session ends", async () => {
    const session = await signedInSession(ws.reviewer.userId);
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["A claim about the port."]);
    const abort = new AbortController();
    const response = await openArticleEventStream(db(), {
      actor: { userId: ws.reviewer.userId, sessionId: session.sessionId },
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      lastEventId: null,
      signal: abort.signal,
      heartbeatMs: 50,
    });
    const reader = response.body!.getReader();
    const read = async () => {
      let heartbeats = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return heartbeats;
        if (new TextDecoder().decode(value).includes("heartbeat")) heartbeats++;
        // The stream stays open while the session lives: end it after a few heartbeats.
        if (heartbeats === 3)
          await db().session.update({ where: { id: session.sessionId }, data: { revokedAt: new Date() } });
      }
    };
    // Ends by itself (the test would time out otherwise), after the heartbeats of a live session.
    expect(await read()).toBeGreaterThanOrEqual(3);
    abort.abort();
  });
});
