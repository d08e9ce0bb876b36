import { describe, expect, it } from "vitest";
import { claimForVerdictOfRows, type ClaimForVerdictRow } from "./load-claim-for-verdict";

const submittedAt = new Date("2026-11-30T10:00:00.000Z");
// Activity as the two databases answer EXISTS: SQLite 0n/1n, PostgreSQL booleans.
const claim = {
  claimId: "c1",
  articleId: "a1",
  workspaceId: "w1",
  status: "in_review",
  published: 0n,
  ratingLabel: "Mixed",
  hasNotes: 1n,
  hasSources: false,
  hasVerdicts: true,
  hasSubmittedVerdicts: 0n,
  hasFinalVerdict: false,
};
const activity = { notes: 1, sources: 0, verdicts: 1, submittedVerdicts: 0, hasFinalVerdict: false };
const noVerdict = {
  verdictId: null,
  reviewerId: null,
  ratingId: null,
  confidence: null,
  rationale: null,
  submittedAt: null,
  version: null,
  rating: null,
  sourceId: null,
};
const verdict = (sourceId: string | null): ClaimForVerdictRow => ({
  ...claim,
  verdictId: "v1",
  reviewerId: "u1",
  ratingId: "r1",
  confidence: 70,
  rationale: "Checked.",
  submittedAt,
  version: 3,
  rating: "True",
  sourceId,
});

describe("the rows a verdict save reads", () => {
  it("mean no claim when there are none", () => {
    expect(claimForVerdictOfRows([])).toBeNull();
  });

  it("give the claim without a verdict when the reviewer has none", () => {
    expect(claimForVerdictOfRows([{ ...claim, published: true, ...noVerdict }])).toEqual({
      id: "c1",
      articleId: "a1",
      workspaceId: "w1",
      status: "in_review",
      activity,
      published: true,
      ratingLabel: "Mixed",
      verdict: null,
    });
  });

  it("fold the verdict's source rows into one snapshot, sources sorted, keys in the audit log's order", () => {
    const folded = claimForVerdictOfRows([verdict("s2"), verdict("s1")]);
    expect(folded).toMatchObject({ id: "c1", published: false, ratingLabel: "Mixed", activity });
    expect(folded?.verdict).toEqual({
      id: "v1",
      claimId: "c1",
      reviewerId: "u1",
      ratingId: "r1",
      confidence: 70,
      rationale: "Checked.",
      submittedAt,
      version: 3,
      rating: "True",
      sourceIds: ["s1", "s2"],
    });
    expect(Object.keys(folded!.verdict!)).toEqual([
      "id",
      "claimId",
      "reviewerId",
      "ratingId",
      "confidence",
      "rationale",
      "submittedAt",
      "version",
      "rating",
      "sourceIds",
    ]);
    expect(claimForVerdictOfRows([verdict(null)])?.verdict?.sourceIds).toEqual([]);
  });
});
