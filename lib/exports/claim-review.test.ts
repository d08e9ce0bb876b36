import { describe, expect, it } from "vitest";
import { claimReviewBlock, claimReviewOf, formatClaimReview } from "./claim-review";
import { articleFixture, asStream, collect, CONTEXT } from "../testing/export-fixture";

/** An article of three claims, each with a published final verdict on its current words. */
function published() {
  const article = articleFixture(3);
  const final = article.claims[0]!.finalVerdict!;
  for (const claim of article.claims) claim.finalVerdict = { ...final, publishedExact: claim.exact };
  return article;
}

async function exportedIds(article: ReturnType<typeof published>): Promise<string[]> {
  const reviews = JSON.parse(await collect(formatClaimReview(CONTEXT, asStream([article])))) as { url: string }[];
  return reviews.map((review) => new URL(review.url).searchParams.get("claim")!);
}

describe("which claims ClaimReview describes", () => {
  it("describes a published final verdict on the words it was published on", async () => {
    const article = published();
    expect(claimReviewBlock(article.claims[0]!)).toBeNull();
    expect(await exportedIds(article)).toEqual(["c-0", "c-1", "c-2"]);
  });

  it("leaves out a final verdict that is not published", async () => {
    const article = published();
    article.claims[1]!.finalVerdict!.published = false;
    expect(claimReviewBlock(article.claims[1]!)).toBe("not_published");
    expect(claimReviewOf(CONTEXT, article, article.claims[1]!)).toBeNull();
    expect(await exportedIds(article)).toEqual(["c-0", "c-2"]);
  });

  it("leaves out a published verdict whose claim's words changed since, however slightly", async () => {
    const article = published();
    article.claims[0]!.exact = article.claims[0]!.exact.replace("12%", "1.2%");
    article.claims[2]!.exact += " ";
    expect(claimReviewBlock(article.claims[0]!)).toBe("words_changed");
    expect(await exportedIds(article)).toEqual(["c-1"]);
  });

  it("treats a verdict published before Margin recorded the words as unchanged", async () => {
    const article = published();
    article.claims[0]!.finalVerdict!.publishedExact = null;
    expect(claimReviewBlock(article.claims[0]!)).toBeNull();
    expect(await exportedIds(article)).toEqual(["c-0", "c-1", "c-2"]);
  });

  it("says there is nothing to describe without a final verdict", () => {
    const article = published();
    article.claims[0]!.finalVerdict = null;
    expect(claimReviewBlock(article.claims[0]!)).toBe("no_final_verdict");
  });
});
