// The OpenAPI document as a partner uses it: openapi-typescript turns it into types, a small
// client written against those types (openapi-fetch) must compile with tsc, and then runs against
// the real route handlers. A success body the document does not describe (`data?: unknown`), a
// required parameter documented as optional, or a field the answers lack fails here.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { callApi } from "@/lib/testing/api-client";
import { makeApiWorld, type ApiWorld } from "@/lib/testing/api-route-fixtures";
import { testDb } from "@/lib/testing/test-db";

const ORIGIN = "http://margin.test";

// Written as a partner would, against the generated `paths` only. The @ts-expect-error lines are
// part of the check: tsc fails if what they misuse were allowed.
const CLIENT = `
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

export async function run(baseUrl: string, token: string, fetch: (request: Request) => Promise<Response>, ids: { workspaceId: string; claimId: string; articleId: string }) {
  const client = createClient<paths>({ baseUrl, fetch, headers: { Authorization: \`Bearer \${token}\` } });
  const workspace = { workspaceId: ids.workspaceId };

  const ratings = await client.GET("/api/v1/workspaces/{workspaceId}/ratings", { params: { path: workspace } });
  if (!ratings.data) throw new Error("ratings: " + JSON.stringify(ratings.error));
  const scale = ratings.data.data.map((rating) => {
    const value: number | null = rating.claimReviewValue;
    const order: number = rating.position;
    return { id: rating.id, label: rating.label, color: rating.color, order, value };
  });
  // @ts-expect-error a rating has no such field
  void ratings.data.data[0]?.secret;

  const members = await client.GET("/api/v1/workspaces/{workspaceId}/members", {
    params: { path: workspace, query: { limit: 2 } },
  });
  if (!members.data) throw new Error("members");
  const nextCursor: string | null = members.data.nextCursor;
  const emails: (string | undefined)[] = members.data.data.map((member) => member.email);

  const articles = await client.GET("/api/v1/workspaces/{workspaceId}/articles", { params: { path: workspace } });
  if (!articles.data) throw new Error("articles");
  const titles: string[] = articles.data.data.map((article) => article.title);

  const claimPath = { ...workspace, claimId: ids.claimId };
  const claim = await client.GET("/api/v1/workspaces/{workspaceId}/claims/{claimId}", { params: { path: claimPath } });
  if (!claim.data) throw new Error("claim");
  const quote: string = claim.data.data.claim.exact;
  const finalLabel: string | undefined = claim.data.data.verdicts.finalVerdict?.rating.label;

  const saved = await client.PUT("/api/v1/workspaces/{workspaceId}/claims/{claimId}/verdicts", {
    params: { path: claimPath },
    body: { ratingId: scale[1]!.id, confidence: 70, rationale: "From the typed client." },
  });
  if (!saved.data) throw new Error("verdict: " + JSON.stringify(saved.error));
  const verdictVersion: number = saved.data.data.version;
  const verdictRating: string = saved.data.data.rating;

  const refused = await client.PUT("/api/v1/workspaces/{workspaceId}/claims/{claimId}/verdicts", {
    params: { path: claimPath },
    body: { ratingId: scale[1]!.id, confidence: 70, submit: false, version: verdictVersion },
  });
  const refusal: string | undefined = refused.error?.error.message;

  const annotation = await client.POST("/api/v1/workspaces/{workspaceId}/annotations", {
    params: { path: workspace },
    body: {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      target: { source: \`\${baseUrl}/articles/\${ids.articleId}\`, selector: { type: "TextQuoteSelector", exact: "Unemployment fell to 4.2%" } },
    },
  });
  if (!annotation.data) throw new Error("annotation: " + JSON.stringify(annotation.error));
  const annotationId: string = annotation.data.id;
  const anchored: number = annotation.data["margin:importReport"].anchored;

  const search = await client.GET("/api/v1/workspaces/{workspaceId}/search", { params: { path: workspace, query: { q: "port" } } });
  const hits: number = search.data?.total ?? -1;

  return { scale, nextCursor, emails, titles, quote, finalLabel, verdictVersion, verdictRating, refusal, annotationId, anchored, hits };
}

// Type-checked, never run: what the document requires must be required.
export function misuses(client: ReturnType<typeof createClient<paths>>) {
  // @ts-expect-error format is required
  void client.GET("/api/v1/workspaces/{workspaceId}/exports", { params: { path: { workspaceId: "w" }, query: {} } });
  // @ts-expect-error q is required
  void client.GET("/api/v1/workspaces/{workspaceId}/search", { params: { path: { workspaceId: "w" }, query: {} } });
  // @ts-expect-error there is no such route
  void client.GET("/api/v1/workspaces/{workspaceId}/nothing", { params: { path: { workspaceId: "w" } } });
}
`;

const dir = join(process.cwd(), "node_modules/.cache", `openapi-round-trip-${process.pid}`);
let world: ApiWorld;

beforeAll(async () => {
  world = await makeApiWorld(testDb().db);
  mkdirSync(dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Hands the client's requests to the route handlers in-process, as the server would. */
async function inProcessFetch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.method === "GET" ? undefined : await request.text();
  return callApi(request.method, url.pathname + url.search, {
    headers: Object.fromEntries(request.headers),
    ...(body ? { rawBody: body } : {}),
  });
}

it("generates types with openapi-typescript that a typed client compiles against and runs with", async () => {
  const document = buildOpenApiDocument(ORIGIN);
  const types = astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]));
  expect(types).not.toMatch(/data\?: unknown/);
  writeFileSync(join(dir, "schema.d.ts"), types);
  writeFileSync(join(dir, "client.ts"), CLIENT);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        lib: ["ES2023", "DOM"],
        types: [],
        skipLibCheck: true,
        outDir: "out",
      },
      files: ["client.ts", "schema.d.ts"],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(process.cwd(), "node_modules/typescript/bin/tsc"), "-p", dir], {
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr, "tsc").toBe("");
  expect(tsc.status).toBe(0);

  const client = (await import(pathToFileURL(join(dir, "out/client.js")).href)) as {
    run: (...args: unknown[]) => Promise<Record<string, unknown>>;
  };
  const result = await client.run(ORIGIN, world.tokens.readWrite, inProcessFetch, {
    workspaceId: world.workspaceId,
    claimId: world.claimId,
    articleId: world.article.articleId,
  });
  expect(result.scale).toEqual(
    world.ratings.map((r) => ({
      id: r.id,
      label: r.label,
      color: r.color,
      order: r.position,
      value: r.claimReviewValue,
    })),
  );
  expect(result.nextCursor).toEqual(expect.any(String));
  expect((result.emails as string[]).every((email) => email.includes("@"))).toBe(true);
  expect(result.titles).toEqual(["Port costs"]);
  expect(result).toMatchObject({
    quote: "The port will cost $2.1 billion",
    finalLabel: "True",
    verdictVersion: 1,
    verdictRating: world.ratings[1]!.label,
    refusal: expect.stringMatching(/already submitted/) as string,
    anchored: 1,
    hits: 1,
  });
  expect(result.annotationId).toMatch(new RegExp(`/api/v1/workspaces/${world.workspaceId}/annotations/[\\w-]+$`));
}, 120_000);
