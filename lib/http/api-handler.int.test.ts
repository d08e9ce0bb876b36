// A browser (or a second app instance's user) calls the API with its session cookie: the body of
// a POST must still be readable after the cookie was checked.
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiWorld, sessionCookie } from "../testing/api-route-fixtures";
import { callApi } from "../testing/api-client";
import { makeUser } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { apiRoute } from "./api-handler";

const db = () => testDb().db;

describe("API calls authenticated by the session cookie", () => {
  let cookie: string;
  beforeAll(async () => {
    const user = await makeUser(db());
    cookie = await sessionCookie(user.userId);
  });

  it("read the JSON body of a POST", async () => {
    const handler = apiRoute(async ({ actor, json }) => Response.json({ actor: actor.userId, body: await json() }));
    const request = new Request("http://margin.test/api/v1/echo", {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/json", Origin: "http://margin.test" },
      body: JSON.stringify({ hello: "world" }),
    });
    const response = await handler(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { body: unknown }).body).toEqual({ hello: "world" });
  });

  it("refuse a forged cookie with 401, not 500", async () => {
    const handler = apiRoute(async () => Response.json({}));
    const request = new Request("http://margin.test/api/v1/echo", {
      method: "POST",
      headers: { Cookie: "next-auth.session-token=forged" },
      body: "{}",
    });
    expect((await handler(request, { params: Promise.resolve({}) })).status).toBe(401);
  });
});

describe("API answers", () => {
  it("are never cached: Cache-Control no-store on data and on errors", async () => {
    const world = await makeApiWorld(db());
    const ok = await callApi("GET", `/api/v1/workspaces/${world.workspaceId}/articles`, {
      token: world.tokens.read,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const refused = await callApi("GET", `/api/v1/workspaces/${world.workspaceId}/articles`, { token: "mgn_nope" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("refuse JSON nested 5,000 levels deep with 400 (an annotation import), writing nothing", async () => {
    const world = await makeApiWorld(db());
    const before = await db().claim.count({ where: { workspaceId: world.workspaceId } });
    const response = await callApi(
      "POST",
      `/api/v1/workspaces/${world.workspaceId}/articles/${world.article.articleId}/imports`,
      {
        token: world.tokens.readWrite,
        rawBody: `{"type":"AnnotationCollection","items":${"[".repeat(5000)}${"]".repeat(5000)}}`,
      },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/nested more than 64/);
    expect(await db().claim.count({ where: { workspaceId: world.workspaceId } })).toBe(before);
  });
});
