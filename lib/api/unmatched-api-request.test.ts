import { describe, expect, it } from "vitest";
import { allowedMethods, methodNotAllowed, unmatchedApiRequest } from "./unmatched-api-request";

const W = "/api/v1/workspaces/ws-1";

describe("requests no /api/v1 route takes", () => {
  it("lists the methods of a known path from API_ROUTES", () => {
    expect(allowedMethods(`${W}/claims/c-1/final-verdict`).sort()).toEqual(["GET", "HEAD", "PATCH", "PUT"]);
    expect(allowedMethods(`${W}/articles/from-url`)).toEqual(["POST"]);
    expect(allowedMethods(`${W}/nothing-here`)).toEqual([]);
    expect(allowedMethods("/api/v1/openapi.json")).toEqual(["GET", "HEAD"]);
  });

  it("answers a known path's missing method with a JSON 405 and Allow", async () => {
    const response = methodNotAllowed("DELETE", `${W}/ratings`)!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toMatch(/takes GET, HEAD/);
  });

  it("lets a request through when its route has the method, or when the path is not an API route", () => {
    expect(methodNotAllowed("GET", `${W}/ratings`)).toBeNull();
    expect(methodNotAllowed("post", `${W}/articles`)).toBeNull();
    expect(methodNotAllowed("PUT", "/w/some-page")).toBeNull();
    expect(methodNotAllowed("OPTIONS", `${W}/ratings`)).toBeNull();
  });

  it("answers an unknown path with a JSON 404", async () => {
    const response = unmatchedApiRequest("GET", "/api/v1/nope");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
