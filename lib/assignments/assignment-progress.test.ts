import { describe, expect, it } from "vitest";
import { progressFactsOf, progressOf } from "./assignment-progress";

const facts = progressFactsOf(
  new Map([
    ["a1", 5],
    ["a2", 2],
  ]),
  [
    { reviewerId: "rosa", claimId: "c1", articleId: "a1" },
    { reviewerId: "rosa", claimId: "c2", articleId: "a1" },
    { reviewerId: "rosa", claimId: "c2", articleId: "a1" },
    { reviewerId: "rosa", claimId: "c3", articleId: "a1" },
    { reviewerId: "sam", claimId: "c1", articleId: "a1" },
    { reviewerId: "rosa", claimId: "c9", articleId: "a2" },
  ],
);

describe("assignment progress", () => {
  it("counts the assignee's rated claims of the article against all its claims", () => {
    expect(progressOf({ id: "x", articleId: "a1", claimId: null, assigneeId: "rosa" }, facts)).toEqual({
      rated: 3,
      total: 5,
    });
    expect(progressOf({ id: "x", articleId: "a1", claimId: null, assigneeId: "sam" }, facts)).toEqual({
      rated: 1,
      total: 5,
    });
    expect(progressOf({ id: "x", articleId: "a2", claimId: null, assigneeId: "sam" }, facts)).toEqual({
      rated: 0,
      total: 2,
    });
  });

  it("counts a claim assignment as 0 or 1 of 1, by the assignee's own verdict only", () => {
    expect(progressOf({ id: "x", articleId: "a1", claimId: "c3", assigneeId: "rosa" }, facts)).toEqual({
      rated: 1,
      total: 1,
    });
    expect(progressOf({ id: "x", articleId: "a1", claimId: "c3", assigneeId: "sam" }, facts)).toEqual({
      rated: 0,
      total: 1,
    });
  });

  it("answers 0 of 0 for an article with no claims", () => {
    expect(progressOf({ id: "x", articleId: "a3", claimId: null, assigneeId: "rosa" }, facts)).toEqual({
      rated: 0,
      total: 0,
    });
  });
});
