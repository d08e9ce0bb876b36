// A browser (or a second app instance's user) calls the API with its session cookie: the body of
// a POST must still be readable after the cookie was checked.
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "../testing/api-route-fixtures";
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
