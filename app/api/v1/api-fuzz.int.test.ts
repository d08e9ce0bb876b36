// Random and malformed requests to every route of the public API (lib/api/api-routes.ts): random
// path ids next to real ones, random queries, JSON of any shape, bodies that are not JSON, odd
// headers. Whatever arrives, the answer is never a 5xx. A failure prints fast-check's seed and the
// smallest request that broke, to replay with `seed`.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, type ApiRoute } from "@/lib/api/api-routes";
import { createNote } from "@/lib/notes/create-note";
import { callApi, type ApiCall } from "@/lib/testing/api-client";
import { makeApiWorld } from "@/lib/testing/api-route-fixtures";
import { testDb, testProvider } from "@/lib/testing/test-db";
import { toAppError } from "@/lib/errors/app-error";

const RUNS_PER_ROUTE = 30;
const db = () => testDb().db;

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "..",
    "%",
    "%00",
    "\u0000",
    "null",
    "-1",
    "1e309",
    "NaN",
    "😀",
    "a".repeat(300),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
  ),
);
// "." and ".." are resolved away by every URL parser before a request is sent.
const pathSegment = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s !== "." && s !== "..");
const headerValue = fc.oneof(
  fc.string({ unit: "grapheme-ascii", maxLength: 60 }),
  fc.constantFrom(
    "",
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/ld+json; charset=utf-8",
    "application/json; charset=latin1",
  ),
);

function bodyFor(route: ApiRoute) {
  const keys = route.body && "shape" in route.body ? Object.keys((route.body as { shape: object }).shape) : [];
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    text,
    fc.integer(),
    fc.double(),
    fc.array(text, { maxLength: 3 }),
  );
  // Objects with the schema's own keys reach past the first validation step.
  const shaped = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length })
    : fc.dictionary(text, value, { maxKeys: 4 });
  return fc.oneof(
    shaped.map((body): Pick<ApiCall, "body" | "rawBody"> => ({ body })),
    fc.jsonValue({ maxDepth: 4 }).map((body): Pick<ApiCall, "body" | "rawBody"> => ({ body })),
    fc
      .oneof(text, fc.constantFrom("{", "[1,", '{"a":}', "\uFEFF{}", "{}".repeat(1000), "null", "true", '"str"'))
      .map((rawBody): Pick<ApiCall, "body" | "rawBody"> => ({ rawBody })),
    fc.constant<Pick<ApiCall, "body" | "rawBody">>({}),
  );
}

function queryFor(route: ApiRoute) {
  const keys = [
    ...(route.query ? Object.keys(route.query.shape) : []),
    "limit",
    "cursor",
    "version",
    "page",
    "format",
    "q",
  ];
  return fc.dictionary(fc.oneof(fc.constantFrom(...keys), text), fc.oneof(text, fc.integer().map(String)), {
    maxKeys: 4,
  });
}

const headers = fc.record(
  {
    "content-type": headerValue,
    accept: headerValue,
    "last-event-id": headerValue,
    "content-length": fc.constantFrom("0", "1", "99999999", "-1", "abc"),
  },
  { requiredKeys: [] },
);

describe("API fuzz: never a 5xx", () => {
  let ids: Record<string, string>;
  let token: string;
  let reviewer: { userId: string };
  beforeAll(async () => {
    // A workspace with an article, claim, note, source and final verdict to aim random ids beside.
    const world = await makeApiWorld(db());
    reviewer = world.ws.reviewer;
    ids = {
      workspaceId: world.workspaceId,
      articleId: world.article.articleId,
      claimId: world.claimId,
      noteId: world.noteId,
      sourceId: world.sourceId,
      assignmentId: world.assignmentId,
    };
    // An admin's read-write token reaches every route's checks.
    token = world.tokens.readWrite;
  });

  it("covers every route of the route list", () => {
    expect(API_ROUTES.length).toBeGreaterThan(30);
  });

  // Found by this fuzz: a JSON body that is not an object crashed the W3C annotation import.
  it("answers a W3C annotation that is not a JSON object with 400", async () => {
    for (const rawBody of ["null", "[]", "1", '"annotation"']) {
      const response = await callApi("POST", `/api/v1/workspaces/${ids.workspaceId}/annotations`, { token, rawBody });
      expect(response.status, rawBody).toBe(400);
    }
  });

  // PostgreSQL refuses NUL in text; it must be a 4xx or be stored, never a database error.
  it("answers text with NUL characters without a 5xx", async () => {
    const base = `/api/v1/workspaces/${ids.workspaceId}`;
    const calls: [string, string, unknown][] = [
      ["POST", `${base}/claims/${ids.claimId}/notes`, { body: "before\u0000after" }],
      [
        "POST",
        `${base}/claims/${ids.claimId}/sources`,
        { url: "https://example.org/\u0000", title: "T\u0000", stance: "supports" },
      ],
      ["POST", `${base}/articles`, { content: "Title\n\nBody with \u0000 inside.", metadata: { title: "Nul\u0000" } }],
      ["GET", `${base}/search?q=${encodeURIComponent("bridge\u0000")}`, undefined],
      ["PATCH", `${base}/claims/${ids.claimId}`, { tags: ["a\u0000b"], version: 1 }],
    ];
    for (const [method, path, body] of calls) {
      const response = await callApi(method, path, { token, ...(body === undefined ? {} : { body }) });
      expect(response.status, `${method} ${path}: ${await response.text()}`).toBeLessThan(500);
    }
    // Server actions hand input straight to the data layer: PostgreSQL's refusal becomes a 4xx code there.
    const direct = await createNote(db(), {
      actor: reviewer,
      workspaceId: ids.workspaceId!,
      claimId: ids.claimId!,
      input: { body: "nul\u0000here" },
    }).then(
      () => "stored",
      (error: unknown) => toAppError(error)?.code ?? "unmapped",
    );
    expect(direct).toBe(testProvider() === "postgresql" ? "validation_failed" : "stored");
  });

  for (const route of API_ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params = fc.record(
        Object.fromEntries(
          names.map((name) => [
            name,
            fc.oneof({ weight: 3, arbitrary: fc.constant(ids[name] ?? "x") }, { weight: 1, arbitrary: pathSegment }),
          ]),
        ),
      );
      const auth = fc.oneof(
        { weight: 8, arbitrary: fc.constant<string | undefined>(undefined) },
        { weight: 1, arbitrary: headerValue },
      );
      await fc.assert(
        fc.asyncProperty(
          params,
          queryFor(route),
          bodyFor(route),
          headers,
          auth,
          async (path, query, body, extra, authorization) => {
            const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name]!));
            const search = new URLSearchParams(query).toString();
            const response = await callApi(route.method, `${url}${search ? `?${search}` : ""}`, {
              // Fetch refuses to build a GET with a body: that never reaches a server.
              ...(route.method === "GET" ? {} : body),
              token,
              headers: { ...extra, ...(authorization !== undefined ? { authorization } : {}) },
            });
            const streaming = response.headers.get("content-type")?.startsWith("text/event-stream");
            const answer = streaming ? (await response.body?.cancel(), "(stream)") : await response.text();
            expect(response.status, answer.slice(0, 300)).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    });
  }
});
