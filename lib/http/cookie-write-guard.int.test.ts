// CSRF: a write the browser authenticates with the session cookie must be a same-origin JSON
// request; a page of another origin (even of the same site, whose requests carry the Lax cookie)
// gets 415 or 403 and nothing is written. Bearer-token requests are not affected.
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiWorld, sessionCookie } from "../testing/api-route-fixtures";
import { callApi } from "../testing/api-client";
import { testDb } from "../testing/test-db";

const db = () => testDb().db;

describe("cookie-authenticated writes to the REST API", () => {
  let world: Awaited<ReturnType<typeof makeApiWorld>>;
  let cookie: string;
  let path: string;
  const countNotes = () => db().note.count({ where: { claimId: world.claimId } });

  beforeAll(async () => {
    world = await makeApiWorld(db());
    cookie = await sessionCookie(world.ws.reviewer.userId);
    path = `/api/v1/workspaces/${world.workspaceId}/claims/${world.claimId}/notes`;
  });

  async function post(headers: Record<string, string>, body = JSON.stringify({ body: "Forged?" })) {
    const before = await countNotes();
    const response = await callApi("POST", path, { rawBody: body, headers: { cookie, ...headers } });
    const payload = (await response.json()) as { error?: { code: string; message: string } };
    return { status: response.status, payload, written: (await countNotes()) - before };
  }

  it("are accepted from this origin with a JSON body", async () => {
    const same = await post({ origin: "http://margin.test", "content-type": "application/json" });
    expect(same.status).toBe(201);
    expect(same.written).toBe(1);
    const fetchMetadata = await post({ "sec-fetch-site": "same-origin", "content-type": "application/json" });
    expect(fetchMetadata.status).toBe(201);
  });

  it.each([
    ["no Content-Type", { origin: "http://margin.test", "content-type": "" }],
    ["text/plain (a simple cross-origin fetch)", { origin: "http://margin.test", "content-type": "text/plain" }],
    ["a form post", { origin: "http://margin.test", "content-type": "application/x-www-form-urlencoded" }],
    ["multipart", { origin: "http://margin.test", "content-type": "multipart/form-data; boundary=x" }],
    ["a look-alike type", { origin: "http://margin.test", "content-type": "application/jsonp" }],
  ])("are refused with 415 for %s, writing nothing", async (_, headers) => {
    const result = await post(headers);
    expect(result.status).toBe(415);
    expect(result.payload.error?.message).toMatch(/Content-Type: application\/json/);
    expect(result.written).toBe(0);
  });

  it.each([
    ["another port of the same site", { origin: "http://margin.test:8080" }],
    ["another subdomain", { origin: "http://evil.margin.test" }],
    ["an opaque origin (sandboxed frame, data: URL)", { origin: "null" }],
    ["no Origin and no Sec-Fetch-Site", {}],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }],
    [
      "Sec-Fetch-Site cross-site, even with a matching Origin",
      { origin: "http://margin.test", "sec-fetch-site": "cross-site" },
    ],
  ])("are refused with 403 from %s, writing nothing", async (_, headers) => {
    const result = await post({ "content-type": "application/json", ...headers });
    expect(result.status).toBe(403);
    expect(result.payload.error?.message).toMatch(/same Origin/);
    expect(result.written).toBe(0);
  });

  it("are refused with 403 for DELETE from another origin, with or without a body", async () => {
    const note = await db().note.findFirstOrThrow({ where: { claimId: world.claimId } });
    const response = await callApi(
      "DELETE",
      `/api/v1/workspaces/${world.workspaceId}/notes/${note.id}?version=${note.version}`,
      {
        headers: { cookie, origin: "http://evil.margin.test" },
      },
    );
    expect(response.status).toBe(403);
    expect(await db().note.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ deletedAt: null });
  });

  it("leave bearer-token requests alone: no Origin and no Content-Type needed", async () => {
    const response = await callApi("POST", path, {
      token: world.tokens.readWrite,
      rawBody: JSON.stringify({ body: "From a script." }),
      headers: { "content-type": "", origin: "http://elsewhere.example" },
    });
    expect(response.status).toBe(201);
  });

  it("leave cookie-authenticated reads alone", async () => {
    const response = await callApi("GET", `/api/v1/workspaces/${world.workspaceId}/articles`, {
      headers: { cookie, "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(200);
  });
});
