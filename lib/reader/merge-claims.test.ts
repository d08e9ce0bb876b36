import { describe, expect, it } from "vitest";
import { MAX_CLAIMS_BY_ID } from "../claims/schemas";
import { claimsToReread, mergeClaims } from "./merge-claims";

const claim = (id: string, start: number, end: number, noteCount = 0) => ({ id, start, end, noteCount });

describe("merging re-read claims into the list", () => {
  const list = [claim("a", 0, 10), claim("b", 5, 8), claim("c", 20, 30)];

  it("replaces the claims asked about, in reading order", () => {
    const merged = mergeClaims(list, ["b"], [claim("b", 5, 8, 3)]);
    expect(merged).toEqual([claim("a", 0, 10), claim("b", 5, 8, 3), claim("c", 20, 30)]);
  });

  it("adds a new claim where it reads, and drops one asked about that is gone", () => {
    const merged = mergeClaims(list, ["new", "c"], [claim("new", 2, 4)]);
    expect(merged.map((c) => c.id)).toEqual(["a", "new", "b"]);
  });

  it("keeps the longer claim first where two start together", () => {
    const merged = mergeClaims([claim("short", 0, 3)], ["long"], [claim("long", 0, 9)]);
    expect(merged.map((c) => c.id)).toEqual(["long", "short"]);
  });
});

describe("which claims a batch of live changes concerns", () => {
  it("names each claim once", () => {
    expect(claimsToReread([{ claimId: "a" }, { claimId: "b" }, { claimId: "a" }])).toEqual(["a", "b"]);
  });

  it("asks for the whole list after a reconnect, a change of the whole article, or too many claims", () => {
    expect(claimsToReread([])).toBeNull();
    expect(claimsToReread([{ claimId: "a" }, { claimId: null }])).toBeNull();
    const many = Array.from({ length: MAX_CLAIMS_BY_ID + 1 }, (_, i) => ({ claimId: `c${i}` }));
    expect(claimsToReread(many)).toBeNull();
    expect(claimsToReread(many.slice(1))).toHaveLength(MAX_CLAIMS_BY_ID);
  });
});
