import { describe, expect, it } from "vitest";
import { claimFeatures } from "./claim-features";
import { fts5AnyQuery, MAX_RETRIEVAL_TERMS, retrievalTerms, tsAnyQuery } from "./retrieval-terms";

const words = (text: string) => retrievalTerms(claimFeatures(text)).map((t) => t.word);

describe("retrievalTerms", () => {
  it("asks for every spelling of a name, figures' digits, and other words as written", () => {
    const asked = words("Seoul bans 30,000 citizens from trading");
    expect(asked).toEqual(expect.arrayContaining(["seoul", "south", "korea", "30000", "30", "bans", "citizens"]));
    // Synonyms of common words would match much of a workspace: re-ranking folds them instead.
    expect(asked).not.toContain("prohibit");
    expect(asked).not.toContain("us");
  });

  it("asks for stems as prefixes and makes queries with no syntax of the user's", () => {
    const terms = retrievalTerms(claimFeatures('Officials "quietly" deployed* troops (OR NOT)'));
    expect(terms).toContainEqual({ word: "quietli", prefix: true });
    expect(fts5AnyQuery(terms)).toMatch(/^("[\p{L}\p{N}]+"\*? OR )*"[\p{L}\p{N}]+"\*?$/u);
    expect(tsAnyQuery(terms)).toMatch(/^([\p{L}\p{N}]+(:\*)? \| )*[\p{L}\p{N}]+(:\*)?$/u);
  });

  it("stops at a bounded number of words", () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(" ");
    expect(retrievalTerms(claimFeatures(long)).length).toBe(MAX_RETRIEVAL_TERMS);
    expect(retrievalTerms(claimFeatures("the and of"))).toEqual([]);
  });
});
