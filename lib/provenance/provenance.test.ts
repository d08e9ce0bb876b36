import { describe, expect, it } from "vitest";
import { buildProvenance, describeProvenance, parseProvenance, serializeProvenance } from "./provenance";
import { provenanceFromTerms, provenanceTerms } from "./w3c-terms";

describe("provenance", () => {
  it("describes who the file named and when, in the reader's words", () => {
    const hypothesis = buildProvenance({
      via: "hypothesis",
      creator: "acct:rosa@hypothes.is",
      creatorName: "Rosa Diaz",
      id: "hyp01",
      createdAt: "2016-12-01T10:00:00.000000+00:00",
    });
    expect(hypothesis).toEqual({
      via: "hypothesis",
      creator: "acct:rosa@hypothes.is",
      creatorName: "Rosa Diaz",
      id: "hyp01",
      createdAt: "2016-12-01T10:00:00.000Z",
    });
    expect(describeProvenance(hypothesis)).toBe(
      "Imported from Hypothesis, originally by Rosa Diaz (acct:rosa@hypothes.is), 1 Dec 2016",
    );
    expect(describeProvenance(buildProvenance({ via: "w3c", creator: "Rosa Diaz" }))).toBe(
      "Imported from W3C Web Annotations, originally by Rosa Diaz",
    );
    expect(describeProvenance(buildProvenance({ via: "w3c", createdAt: "not a time" }))).toBe(
      "Imported from W3C Web Annotations",
    );
  });

  it("keeps a name alone as the creator, and clips what a file makes too long", () => {
    expect(buildProvenance({ via: "hypothesis", creatorName: "Rosa" }).creator).toBe("Rosa");
    const long = buildProvenance({ via: "w3c", creator: "x".repeat(5000) });
    expect(long.creator).toHaveLength(500);
    expect(long.creator!.endsWith("…")).toBe(true);
  });

  it("reads back what it wrote, and reads nothing from a broken or foreign column", () => {
    const provenance = buildProvenance({
      via: "w3c",
      creator: "Editor",
      id: "https://example.org/anno/1#final",
      createdAt: "2026-01-02T03:04:05Z",
      publishedAt: "2026-01-03T00:00:00Z",
      assessment: { rating: "False", final: true, confidence: null, published: true },
    });
    expect(parseProvenance(serializeProvenance(provenance))).toEqual(provenance);
    expect(parseProvenance(null)).toBeNull();
    expect(parseProvenance("{not json")).toBeNull();
    expect(parseProvenance(JSON.stringify({ creator: "no via" }))).toBeNull();
    expect(parseProvenance(JSON.stringify({ ...provenance, future: 1 }))).toMatchObject({ future: 1 });
  });

  it("survives a trip through W3C margin:* terms, and finds none where there are none", () => {
    const provenance = buildProvenance({
      via: "hypothesis",
      creator: "acct:rosa@hypothes.is",
      creatorName: "Rosa Diaz",
      id: "hyp01",
      createdAt: "2016-12-01T10:00:00Z",
      assessment: { rating: "Mostly false", final: false, confidence: 40, published: false },
    });
    expect(provenanceFromTerms(provenanceTerms(provenance))).toEqual(provenance);
    expect(provenanceTerms(null)).toEqual({});
    expect(provenanceFromTerms({ "margin:originalCreator": "someone" })).toBeNull();
  });
});
