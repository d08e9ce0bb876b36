import { describe, expect, it } from "vitest";
import { API_READ_PATHS, apiReadUrl } from "./api-reads";
import { API_ROUTES } from "./api-routes";

describe("typed API reads", () => {
  it("name only GET routes the API has", () => {
    const gets = new Set(API_ROUTES.filter((route) => route.method === "GET").map((route) => route.path));
    for (const path of API_READ_PATHS) expect(gets, path).toContain(path);
  });

  it("fill parameters encoded and add the query", () => {
    expect(
      apiReadUrl("/api/v1/workspaces/{workspaceId}/claims/{claimId}/history", { workspaceId: "w 1", claimId: "c/2" }),
    ).toBe("/api/v1/workspaces/w%201/claims/c%2F2/history");
    expect(apiReadUrl("/api/v1/workspaces/{workspaceId}/assignments", { workspaceId: "w" }, { article: "a&b" })).toBe(
      "/api/v1/workspaces/w/assignments?article=a%26b",
    );
  });
});
