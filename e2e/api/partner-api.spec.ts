// The API partners call, on the running server: the rating scale and members as a signed-in
// member reads them, JSON answers (not the HTML 404 page, not a bare 405) for paths and methods
// no route has, and the OpenAPI document describing success bodies and required parameters.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("reviewer").storageState });

test("a member reads the rating scale and the members (no e-mail addresses for a reviewer)", async ({ request }) => {
  const workspaces = (await (await request.get("/api/v1/workspaces")).json()) as { data: { id: string }[] };
  const workspaceId = workspaces.data[0]!.id;
  const ratings = await request.get(`/api/v1/workspaces/${workspaceId}/ratings`);
  expect(ratings.status()).toBe(200);
  const scale = ((await ratings.json()) as { data: { label: string; color: string; position: number }[] }).data;
  expect(scale.length).toBeGreaterThan(2);
  expect(scale.map((r) => r.position)).toEqual([...scale.map((r) => r.position)].sort((a, b) => a - b));
  expect(scale[0]!.color).toMatch(/^#[0-9a-f]{6}$/i);

  const members = await request.get(`/api/v1/workspaces/${workspaceId}/members?limit=100`);
  expect(members.status()).toBe(200);
  const page = (await members.json()) as { data: { id: string; name: string; role: string }[]; nextCursor: null };
  expect(page.nextCursor).toBeNull();
  expect(page.data.map((m) => m.name)).toContain(demoAccount("reviewer").name);
  for (const member of page.data) expect(member).not.toHaveProperty("email");
});

test("unknown API paths answer JSON 404, wrong methods JSON 405 with Allow", async ({ request }) => {
  const missing = await request.get("/api/v1/workspaces/nope/no-such-route");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toMatch(/application\/json/);
  expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  expect((await request.post("/api/v1/nothing/here", { data: {} })).status()).toBe(404);

  const wrong = await request.put("/api/v1/workspaces/any-id/ratings", { data: {} });
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()["allow"]).toBe("GET, HEAD");
  expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  // The large-upload routes the proxy skips, and the OpenAPI document, answer the same way.
  for (const [path, allow] of [
    ["/api/v1/workspaces/any-id/restore", "POST, DELETE"],
    ["/api/v1/workspaces/any-id/articles/any-article/imports", "POST"],
    ["/api/v1/openapi.json", "GET, HEAD"],
  ] as const) {
    const response = await request.patch(path, { data: {} });
    expect(response.status(), path).toBe(405);
    expect(response.headers()["allow"], path).toBe(allow);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  }
});

test("the OpenAPI document describes success bodies and which query parameters are required", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { name: string; required: boolean }[];
          responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }>;
        }
      >
    >;
  };
  const ratings = document.paths["/api/v1/workspaces/{workspaceId}/ratings"]!.get!;
  expect(Object.keys(ratings.responses["200"]!.content!["application/json"]!.schema.properties!)).toEqual(["data"]);
  const exports = document.paths["/api/v1/workspaces/{workspaceId}/exports"]!.get!;
  expect(exports.parameters!.find((p) => p.name === "format")!.required).toBe(true);
  expect(exports.parameters!.find((p) => p.name === "articles")!.required).toBe(false);
});
