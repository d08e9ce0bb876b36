import { describe, expect, it } from "vitest";
import { CodePointIndex } from "../anchoring/code-points";
import type { ClaimSummary } from "../claims/list-article-claims";
import { compactClaims, expandClaims } from "./compact-claims";

const text = "Wages rose 4% 📈 in March. Prices fell in April.";
const index = new CodePointIndex(text);

function claim(overrides: Partial<ClaimSummary> & Pick<ClaimSummary, "id" | "start" | "end">): ClaimSummary {
  return {
    revisionId: "rev-2",
    exact: index.slice(overrides.start, overrides.end),
    status: "in_review",
    anchorState: "anchored",
    anchorConfidence: 1,
    needsReviewReason: null,
    version: 3,
    createdAt: "2026-12-01T10:00:00.000Z",
    createdBy: { id: "user-ravi", name: "Ravi" },
    tags: ["economy"],
    noteCount: 2,
    sources: { supports: 1, refutes: 0, context: 2 },
    finalRating: null,
    contributorIds: ["user-ravi", "user-ed"],
    assigneeIds: ["user-ed"],
    ...overrides,
  };
}

const claims: ClaimSummary[] = [
  // After the emoji: code points and UTF-16 units differ.
  claim({ id: "c1", start: 16, end: 25 }),
  // A quote that is not the text at its place (an edit changed the words under it).
  claim({ id: "c2", start: 27, end: 38, exact: "Prices rose", needsReviewReason: "edited", anchorState: "changed" }),
  // A state this encoding does not know travels as itself.
  claim({ id: "c4", start: 0, end: 5, anchorState: "someday" }),
  // On an older revision, and orphaned.
  claim({
    id: "c3",
    start: 0,
    end: 5,
    exact: "Wages",
    revisionId: "rev-1",
    anchorState: "orphaned",
    createdBy: { id: "user-ed", name: "Ed" },
    finalRating: { label: "False", color: "#b91c1c", published: true },
    contributorIds: [],
    assigneeIds: [],
  }),
];

describe("compactClaims and expandClaims", () => {
  it("give back the same claims", () => {
    const compact = compactClaims(claims, { id: "rev-2", text });
    expect(expandClaims(structuredClone(compact), { id: "rev-2", text: index })).toEqual(claims);
  });

  it("leave out quotes that are the revision's text at their place, and name each user once", () => {
    const compact = compactClaims(claims, { id: "rev-2", text });
    expect(compact.rows.map((row) => row[3])).toEqual([null, "Prices rose", null, "Wages"]);
    expect(compact.users).toEqual([
      ["user-ravi", "Ravi"],
      ["user-ed", "Ed"],
    ]);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(claims).length / 2);
  });
});
