import { describe, expect, it } from "vitest";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";
import { isFiltering, matchesFilters, NO_FILTERS, NO_VERDICT } from "./claim-filters";

function claim(overrides: Partial<ClaimSummary>): ClaimSummary {
  return {
    id: "c",
    revisionId: "r",
    start: 0,
    end: 5,
    exact: "Exports rose 12% in 2023",
    status: "unreviewed",
    anchorState: "anchored",
    anchorConfidence: 1,
    needsReviewReason: null,
    version: 1,
    createdAt: "2026-12-01T00:00:00Z",
    createdBy: { id: "u1", name: "Ravi" },
    tags: [],
    noteCount: 0,
    sources: { supports: 0, refutes: 0, context: 0 },
    finalRating: null,
    contributorIds: [],
    assigneeIds: [],
    ...overrides,
  };
}

const mixed = claim({ id: "m", status: "final", finalRating: { label: "Mixed", color: "#ca8a04", published: true } });
const open = claim({ id: "o", status: "in_review", assigneeIds: ["u2"], contributorIds: ["u3"], tags: ["economy"] });
const claims = [mixed, open];
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  claims.filter((c) => matchesFilters(c, { ...NO_FILTERS, ...filters })).map((c) => c.id);

describe("claim filters", () => {
  it("keeps everything without filters", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(ids({})).toEqual(["m", "o"]);
  });

  it("filters by status", () => {
    expect(ids({ status: "final" })).toEqual(["m"]);
    expect(ids({ status: "verdict_proposed" })).toEqual([]);
  });

  it("filters by final verdict, or by having none", () => {
    expect(isFiltering({ ...NO_FILTERS, verdict: "Mixed" })).toBe(true);
    expect(ids({ verdict: "Mixed" })).toEqual(["m"]);
    expect(ids({ verdict: "True" })).toEqual([]);
    expect(ids({ verdict: NO_VERDICT })).toEqual(["o"]);
  });

  it("filters by assignee, reviewer, tag and words", () => {
    expect(ids({ assigneeId: "u2" })).toEqual(["o"]);
    expect(ids({ assigneeId: "u9" })).toEqual([]);
    expect(ids({ reviewerId: "u3" })).toEqual(["o"]);
    expect(ids({ tag: "economy" })).toEqual(["o"]);
    expect(ids({ query: "ECONOMY" })).toEqual(["o"]);
    expect(ids({ query: "rose 12%" })).toEqual(["m", "o"]);
  });

  it("combines filters", () => {
    expect(ids({ status: "final", tag: "economy" })).toEqual([]);
  });
});
