import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimFeatures } from "./claim-features";
import { SAME_CLAIM_THRESHOLD, scoreSimilarity } from "./score-similarity";

const score = (a: string, b: string) => scoreSimilarity(claimFeatures(a), claimFeatures(b));
const CLAIM = "Seoul bans its citizens from trading with the North";

describe("scoreSimilarity", () => {
  it("scores a claim reworded with synonyms as the same claim, with names and key terms as reasons", () => {
    const result = score(CLAIM, "South Korea forbids its citizens from trading with the North");
    expect(result.score).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(result.reasons.map((r) => r.kind)).toEqual(["names", "terms"]);
    expect(result.reasons[0]!.values).toContain("South Korea");
  });

  it("ranks near misses (other actor, negated) below the rewording, and says why", () => {
    const same = score(CLAIM, "South Korea forbids its citizens from trading with the North").score;
    const otherActor = score(CLAIM, "Japan bans its citizens from trading with the North");
    const negated = score(CLAIM, "Seoul does not ban its citizens from trading with the North");
    expect(otherActor.score).toBeLessThan(same);
    expect(otherActor.reasons.find((r) => r.kind === "other_names")?.values).toContain("Japan");
    expect(negated.score).toBeLessThan(same);
    expect(negated.score).toBeLessThan(SAME_CLAIM_THRESHOLD);
    expect(negated.reasons.map((r) => r.kind)).toContain("negation");
  });

  it("matches figures however they are written and refuses other figures", () => {
    const same = score(
      "Russia sent 30,000 troops to the border",
      "Moscow deployed thirty thousand troops at the border",
    );
    expect(same.reasons.find((r) => r.kind === "figures")?.values).toEqual(["30,000"]);
    expect(same.score).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    const other = score("Russia sent 30,000 troops to the border", "Russia sent 40,000 troops to the border");
    expect(other.score).toBeLessThan(same.score);
    expect(other.score).toBeLessThan(SAME_CLAIM_THRESHOLD);
    expect(other.reasons.find((r) => r.kind === "other_figures")?.label).toBe(
      "Other figures: 40,000 (this claim: 30,000)",
    );
  });

  it("tells a rise from a fall", () => {
    const opposite = score("Unemployment rose to 4.1% in March", "Unemployment fell to 4.1% in March");
    expect(opposite.score).toBeLessThan(SAME_CLAIM_THRESHOLD);
    expect(opposite.reasons.map((r) => r.kind)).toContain("direction");
  });

  it("gives identical claims 1 and unrelated ones little", () => {
    expect(score(CLAIM, CLAIM).score).toBe(1);
    expect(score(CLAIM, "The central bank kept interest rates at 3.5 percent").score).toBeLessThan(0.2);
  });

  it("always scores within 0..1", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { score: s } = score(a, b);
        return s >= 0 && s <= 1;
      }),
    );
  });
});
