import { describe, expect, it } from "vitest";
import { savedVerdictSnapshot } from "./verdict-snapshot";

describe("the saved verdict's snapshot", () => {
  it("is built from what the save wrote, sources sorted, keys in the audit log's order", () => {
    const submittedAt = new Date("2026-11-30T10:00:00.000Z");
    const saved = savedVerdictSnapshot(
      { id: "v1", claimId: "c1", reviewerId: "u1", submittedAt, version: 3 },
      { ratingId: "r1", confidence: 70, rationale: "Checked." },
      "True",
      ["s2", "s1"],
    );
    expect(JSON.stringify(saved)).toBe(
      JSON.stringify({
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
      }),
    );
  });
});
