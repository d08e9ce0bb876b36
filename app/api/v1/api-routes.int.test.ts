// Every route of API_ROUTES, walked from the list: the happy path answers the documented status
// and body (its response schema);
// revoked tokens 401; read-only tokens writing 403; other workspaces 404 (never 403, so existence
// does not leak); bad bodies 4xx with { error: { code, message } } and nothing written.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ROUTES, type ApiRoute } from "@/lib/api/api-routes";
import { queryParameters } from "@/lib/api/openapi";
import { callApi, type ApiCall } from "@/lib/testing/api-client";
import {
  buildRouteFixture,
  makeApiWorld,
  ROUTE_CASES,
  routeKey,
  sessionCookie,
  type RouteFixture,
} from "@/lib/testing/api-route-fixtures";
import { invalidBodies } from "@/lib/testing/invalid-bodies";
import { tableCounts } from "@/lib/testing/table-counts";
import { testDb } from "@/lib/testing/test-db";

const db = () => testDb().db;
let server: Server;
let fetchableUrl: string;

beforeAll(async () => {
  const page = readFileSync(join(process.cwd(), "lib/article-import/fixtures/url/news-article.html"));
  server = createServer((_, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fetchableUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news`;
  process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
});
afterAll(async () => {
  delete process.env.MARGIN_URL_IMPORT_ALLOW;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function call(route: ApiRoute, path: string, fixture: RouteFixture, extra: ApiCall): Promise<Response> {
  const response = await callApi(route.method, path, {
    ...(fixture.body !== undefined ? { body: fixture.body } : {}),
    ...extra,
  });
  return response;
}

async function expectError(response: Response, status: number, label: string) {
  expect(response.status, `${label}: ${await response.clone().text()}`).toBe(status);
  const payload = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof payload.error?.code, label).toBe("string");
  expect(String(payload.error?.message).length, label).toBeGreaterThan(5);
}

it("has a fixture for every route of API_ROUTES and none for routes that are gone", () => {
  expect(Object.keys(ROUTE_CASES).sort()).toEqual(API_ROUTES.map(routeKey).sort());
});

it("lets a signed-in member (session cookie, no token) write with a JSON body", async () => {
  const world = await makeApiWorld(db());
  const cookie = await sessionCookie(world.ws.reviewer.userId);
  const response = await callApi("POST", `/api/v1/workspaces/${world.workspaceId}/claims/${world.claimId}/notes`, {
    body: { body: "Signed in, no token." },
    headers: { cookie, origin: "http://margin.test" },
  });
  expect(response.status, await response.clone().text()).toBe(201);
});

describe.each(API_ROUTES.map((route) => [routeKey(route), route] as const))("%s", (_, route) => {
  let fixture: RouteFixture;
  beforeAll(async () => {
    fixture = await buildRouteFixture(db(), route, { fetchableUrl });
  });

  it("refuses a revoked token with 401", async () => {
    await expectError(await call(route, fixture.path, fixture, { token: fixture.tokens.revoked }), 401, "revoked");
  });

  if (route.path.includes("{workspaceId}")) {
    it("answers 404 to another workspace's token and signed-in member, to this token outside its workspace, and to that member reaching for this one's ids", async () => {
      const before = await tableCounts(db());
      await expectError(
        await call(route, fixture.path, fixture, { token: fixture.tokens.otherWorkspace }),
        404,
        "other workspace's token",
      );
      await expectError(
        await call(route, fixture.path, fixture, {
          headers: {
            cookie: fixture.tokens.outsiderCookie,
            origin: "http://margin.test",
            "content-type": "application/json",
          },
        }),
        404,
        "other workspace's member, signed in",
      );
      await expectError(
        await call(route, fixture.otherWorkspacePath, fixture, { token: fixture.tokens.readWrite }),
        404,
        "token used outside its workspace",
      );
      if (fixture.foreignPath)
        await expectError(
          await call(route, fixture.foreignPath, fixture, { token: fixture.tokens.otherWorkspace }),
          404,
          "ids under another workspace",
        );
      expect(await tableCounts(db())).toEqual(before);
    });
  }

  if (route.write) {
    it("refuses a read-only token with 403 and writes nothing", async () => {
      const before = await tableCounts(db());
      const response = await call(route, fixture.path, fixture, { token: fixture.tokens.read });
      await expectError(response, 403, "read-only");
      expect(await tableCounts(db())).toEqual(before);
    });
  }

  if (route.body) {
    it("answers malformed, wrong-typed, incomplete, unknown and oversize bodies with 4xx and writes nothing", async () => {
      const before = await tableCounts(db());
      for (const bad of invalidBodies(fixture)) {
        const response = await callApi(route.method, fixture.path, { token: fixture.tokens.readWrite, ...bad.call });
        await expectError(response, bad.status, bad.label);
      }
      expect(await tableCounts(db())).toEqual(before);
    });
  }

  if (route.query && !route.query.safeParse({}).success) {
    it("answers a query without its required parameters with 400", async () => {
      await expectError(
        await callApi(route.method, fixture.path.replace(/\?.*$/, ""), { token: fixture.tokens.readWrite }),
        400,
        "no query",
      );
    });
  }

  if (route.query) {
    const query = route.query;
    it("documents every query parameter it is called with, and answers without the optional ones", async () => {
      // A fixture of its own: the happy path below needs the entities this call may delete.
      const own = await buildRouteFixture(db(), route, { fetchableUrl });
      const url = new URL(own.path, "http://margin.test");
      const documented = Object.keys(query.shape);
      for (const name of url.searchParams.keys()) expect(documented, `?${name} is undocumented`).toContain(name);
      const required = new Set(queryParameters(query).flatMap((p) => (p.required ? [p.name] : [])));
      for (const name of [...url.searchParams.keys()]) if (!required.has(name)) url.searchParams.delete(name);
      const response = await call(route, url.pathname + url.search, own, { token: own.tokens.readWrite });
      const streams = route.responseType === "text/event-stream";
      expect(response.status, `${url.search}: ${streams ? "event stream" : await response.clone().text()}`).toBe(
        route.status,
      );
      if (streams) await response.body?.cancel();
      else await response.arrayBuffer();
    });
  }

  it(`answers the happy path with ${route.status}${route.write && route.audited !== false ? " and an audit-log entry" : ""}`, async () => {
    const before = await tableCounts(db());
    const response = await call(route, fixture.path, fixture, { token: fixture.tokens.readWrite });
    const streams = route.responseType === "text/event-stream";
    expect(response.status, streams ? "event stream" : await response.clone().text()).toBe(route.status);
    if (streams) await response.body?.cancel();
    else if (route.response) {
      // The answer is what the OpenAPI document says: strict objects, so an undocumented field fails.
      const parsed = route.response.safeParse(await response.json());
      expect(parsed.success, parsed.error ? z.prettifyError(parsed.error) : "").toBe(true);
    } else {
      // Only answers without a JSON body may go undescribed: 204, streams, files.
      expect(
        route.status === 204 || /^(text\/event-stream|application\/octet-stream)/.test(route.responseType ?? ""),
      ).toBe(true);
      await response.arrayBuffer();
    }
    if (route.write && route.audited !== false)
      expect((await tableCounts(db())).auditLog).toBeGreaterThan(before.auditLog);
  });
});
