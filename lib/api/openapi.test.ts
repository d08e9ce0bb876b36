import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "./api-routes";
import { buildOpenApiDocument } from "./openapi";
import { answerUnmatched } from "./unmatched-api-request";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? routeFiles(path) : entry === "route.ts" ? [path] : [];
  });
}

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument("https://margin.example");

  it("is OpenAPI 3.1 with request schemas generated from the zod schemas", () => {
    expect(document.openapi).toBe("3.1.0");
    const createNote = document.paths["/api/v1/workspaces/{workspaceId}/claims/{claimId}/notes"]!.post as {
      requestBody: {
        content: {
          "application/json": { schema: { properties: Record<string, { maxLength?: number }>; required: string[] } };
        };
      };
    };
    const schema = createNote.requestBody.content["application/json"].schema;
    expect(schema.required).toContain("body");
    expect(schema.properties.body!.maxLength).toBe(20_000);
  });

  it("describes each success body with its response schema: strict objects, pages with nextCursor", () => {
    type Operation = { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> };
    type JsonSchema = {
      type?: string;
      properties?: Record<string, JsonSchema>;
      required?: string[];
      additionalProperties?: unknown;
      items?: JsonSchema;
    };
    const operation = (path: string, method: string) =>
      (document.paths[`/api/v1/workspaces/{workspaceId}${path}`] as Record<string, Operation>)[method]!;
    const ratings = operation("/ratings", "get").responses["200"]!.content!["application/json"]!.schema;
    expect(ratings.required).toEqual(["data"]);
    expect(ratings.additionalProperties).toBe(false);
    const rating = ratings.properties!.data!.items!;
    expect(rating.additionalProperties).toBe(false);
    expect(rating.required).toEqual(expect.arrayContaining(["id", "label", "color", "position", "claimReviewValue"]));
    const members = operation("/members", "get").responses["200"]!.content!["application/json"]!.schema;
    expect(Object.keys(members.properties!)).toEqual(["data", "nextCursor"]);
    expect(members.properties!.data!.items!.required).not.toContain("email");
    // Every answer with a body is described, W3C documents included.
    for (const route of API_ROUTES) {
      if (route.status === 204 || route.responseType === "text/event-stream") continue;
      const content = (document.paths[route.path] as Record<string, Operation>)[route.method.toLowerCase()]!.responses[
        String(route.status)
      ]!.content;
      const schema = content?.[route.responseType ?? "application/json"]?.schema;
      if (route.path.endsWith("/exports")) expect(schema).toEqual({});
      else expect(schema?.type, `${route.method} ${route.path}`).toBe("object");
    }
  });

  it("marks a query parameter required only when the server requires it, with its default", () => {
    const parameters = (path: string) =>
      (
        document.paths[`/api/v1/workspaces/{workspaceId}${path}`]!.get as {
          parameters: { name: string; in: string; required: boolean; schema: { default?: unknown } }[];
        }
      ).parameters.filter((p) => p.in === "query");
    const exports = parameters("/exports");
    expect(exports.find((p) => p.name === "format")!.required).toBe(true);
    expect(exports.find((p) => p.name === "articles")!.required).toBe(false);
    const search = parameters("/search");
    expect(search.find((p) => p.name === "q")!.required).toBe(true);
    expect(search.filter((p) => p.required).map((p) => p.name)).toEqual(["q"]);
    expect(search.find((p) => p.name === "limit")!.schema.default).toBe(25);
    expect(parameters("/claims/{claimId}/notes").every((p) => !p.required)).toBe(true);
  });

  it("refuses an answer with a field it does not describe", () => {
    const ratings = API_ROUTES.find((r) => r.path.endsWith("/ratings"))!.response!;
    const rating = {
      id: "r1",
      label: "True",
      description: "",
      color: "#15803d",
      ordinal: true,
      position: 0,
      claimReviewName: "True",
      claimReviewValue: 5,
      archived: false,
      version: 1,
      usage: 0,
    };
    expect(ratings.safeParse({ data: [rating] }).success).toBe(true);
    expect(ratings.safeParse({ data: [{ ...rating, secret: 1 }] }).success).toBe(false);
    expect(ratings.safeParse({ data: [rating], extra: true }).success).toBe(false);
  });

  it("describes every route handler of /api/v1 and nothing that does not exist", async () => {
    const root = join(process.cwd(), "app/api/v1");
    const implemented = new Set<string>();
    for (const file of routeFiles(root)) {
      const path = `/api/v1/${relative(root, file).replace(/\/?route\.ts$/, "")}`
        .replace(/\/$/, "")
        .replace(/\[(\w+)\]/g, "{$1}");
      const exported = (await import(file)) as Record<string, unknown>;
      // answerUnmatched answers methods a route does not have (JSON 405) and the catch-all's 404s.
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (typeof exported[method] === "function" && exported[method] !== answerUnmatched)
          implemented.add(`${method} ${path}`);
    }
    implemented.delete("GET /api/v1/openapi.json");
    const described = new Set(API_ROUTES.map((r) => `${r.method} ${r.path}`));
    expect([...described].sort()).toEqual([...implemented].sort());
    // Imports every route module (and the whole data layer behind them): slow on a busy machine.
  }, 60_000);
});
