import { describe, expect, it } from "vitest";
import { claimFeatures } from "./claim-features";
import { SYNONYM_GROUPS } from "./claim-lexicon";

const terms = (text: string) => [...claimFeatures(text).terms].sort();

describe("claimFeatures", () => {
  it("folds the synonym list: Seoul / South Korea, DPRK / Pyongyang / North Korea, ban / forbid / prohibit", () => {
    expect(terms("Seoul bans trade")).toEqual(terms("South Korea forbids trade"));
    expect(terms("The DPRK fired a missile")).toEqual(terms("Pyongyang launched a rocket"));
    expect(terms("North Korea prohibited trade")).toEqual(terms("DPRK outlawed trading"));
  });

  it("keeps each synonym group to itself: no word belongs to two groups", () => {
    const seen = new Map<string, string>();
    for (const [concept, phrases] of Object.entries(SYNONYM_GROUPS))
      for (const phrase of phrases) {
        expect(seen.get(phrase), `${phrase} in ${concept} and ${seen.get(phrase)}`).toBeUndefined();
        seen.set(phrase, concept);
      }
  });

  it("reads acronyms that are everyday words only in capitals", () => {
    expect(claimFeatures("The US cut aid").names.has("united states")).toBe(true);
    expect(claimFeatures("The U.S. cut aid").names.has("united states")).toBe(true);
    expect(claimFeatures("they told us").terms.has("united states")).toBe(false);
    expect(claimFeatures("WHO warned").names.has("world health organization")).toBe(true);
  });

  it("finds names, also a subject written first", () => {
    const features = claimFeatures("Japan said Kim Jong Un met Moon Jae-in in Seoul");
    for (const name of ["japan", "kim", "jong", "un", "moon", "jae", "south korea"])
      expect(features.names.has(name), name).toBe(true);
    expect(features.names.has("met")).toBe(false);
  });

  it("reads negation, contractions included, and double negation as none", () => {
    expect(claimFeatures("Seoul bans trade").negated).toBe(false);
    expect(claimFeatures("Seoul does not ban trade").negated).toBe(true);
    expect(claimFeatures("Seoul doesn't ban trade").negated).toBe(true);
    expect(claimFeatures("The ministry denied that it never banned trade").negated).toBe(false);
  });

  it("reads the direction a claim points in", () => {
    expect([...claimFeatures("Unemployment rose to 4%").directions]).toEqual(["increase"]);
    expect([...claimFeatures("Unemployment fell to 4%").directions]).toEqual(["decrease"]);
  });

  it("stems words and keeps figures out of the terms", () => {
    expect(terms("30,000 soldiers deployed")).toEqual(terms("thirty thousand soldier deploys"));
    expect(claimFeatures("thirty thousand soldiers").terms.has("thirti")).toBe(false);
  });
});
