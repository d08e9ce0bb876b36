import { describe, expect, it } from "vitest";
import { savedVerdictSnapshot, snapshotOfRows, type VerdictSourceRow } from "./verdict-snapshot";

const submittedAt = new Date("2026-11-30T10:00:00.000Z");
const row = (sourceId: string | null): VerdictSourceRow => ({
  id: "v1",
  claimId: "c1",
  reviewerId: "u1",
  ratingId: "r1",
  confidence: 70,
  rationale: "Checked.",
  submittedAt,
  version: 3,
  rating: "True",
  sourceId,
});

describe("verdict snapshots", () => {
  it("folds the verdict × sources rows into one snapshot with sorted source ids", () => {
    expect(snapshotOfRows([])).toBeNull();
    expect(snapshotOfRows([row(null)])).toEqual({ ...row(null), sourceId: undefined, sourceIds: [] });
    const snapshot = snapshotOfRows([row("s2"), row("s1")]);
    expect(snapshot?.sourceIds).toEqual(["s1", "s2"]);
    expect(Object.keys(snapshot!)).toEqual(["id", "claimId", "reviewerId", "ratingId", "confidence", "rationale", "submittedAt", "version", "rating", "sourceIds"]);
  });

  it("builds the saved verdict from what the save wrote, in the same shape and key order", () => {
    const saved = savedVerdictSnapshot({ id: "v1", claimId: "c1", reviewerId: "u1", submittedAt, version: 3 }, { ratingId: "r1", confidence: 70, rationale: "Checked." }, "True", ["s2", "s1"]);
    expect(saved).toEqual(snapshotOfRows([row("s1"), row("s2")]));
    expect(JSON.stringify(saved)).toBe(JSON.stringify(snapshotOfRows([row("s1"), row("s2")])));
  });
});
