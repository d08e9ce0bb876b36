import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "./api-routes";
import { buildOpenApiDocument } from "./openapi";

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

  it("describes every route handler of /api/v1 and nothing that does not exist", async () => {
    const root = join(process.cwd(), "app/api/v1");
    const implemented = new Set<string>();
    for (const file of routeFiles(root)) {
      const path = `/api/v1/${relative(root, file).replace(/\/?route\.ts$/, "")}`
        .replace(/\/$/, "")
        .replace(/\[(\w+)\]/g, "{$1}");
      const exported = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (typeof exported[method] === "function") implemented.add(`${method} ${path}`);
    }
    implemented.delete("GET /api/v1/openapi.json");
    const described = new Set(API_ROUTES.map((r) => `${r.method} ${r.path}`));
    expect([...described].sort()).toEqual([...implemented].sort());
    // Imports every route module (and the whole data layer behind them): slow on a busy machine.
  }, 60_000);
});
