import { describe, expect, it } from "vitest";
import { parseClaimReviews } from "./parse-claim-reviews";

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/reviews/${n}`,
  claimReviewed: `Claim number ${n}`,
  datePublished: "2024-03-05",
  author: { "@type": "Organization", name: "Example Checks" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A Politician" } },
  reviewRating: { "@type": "Rating", ratingValue: 1, alternateName: "False" },
  ...extra,
});

describe("parseClaimReviews", () => {
  it("reads one review, with publisher, claimant, rating and date", () => {
    expect(parseClaimReviews(JSON.stringify(review(1)))).toEqual({
      found: [
        {
          url: "https://factcheck.example/reviews/1",
          claimReviewed: "Claim number 1",
          claimant: "A Politician",
          publisher: "Example Checks",
          ratingText: "False",
          datePublished: new Date("2024-03-05"),
        },
      ],
      skipped: 0,
    });
  });

  it("reads arrays, @graph, DataFeed and ItemList wrappers, skipping reviews without an address or claim", () => {
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review(2)] },
        { "@graph": [review(3), { "@type": "WebPage", name: "not a review" }] },
        { "@type": "ItemList", itemListElement: [{ item: review(4) }] },
        review(5, { url: undefined, "@id": undefined }),
        review(6, { claimReviewed: "" }),
      ],
    };
    const { found, skipped } = parseClaimReviews(JSON.stringify([feed, review(7, { "@type": ["ClaimReview"] })]));
    expect(found.map((f) => f.url.split("/").at(-1))).toEqual(["2", "3", "4", "7"]);
    expect(skipped).toBe(2);
  });

  it("finds the JSON-LD blocks of a web page, past a broken one", () => {
    const html = `<html><head><script type="application/ld+json">{ broken</script>
      <script type='application/ld+json'>${JSON.stringify(review(8, { reviewRating: { name: "Misleading" }, author: "Checkers" }))}</script>
      </head><body><p>Claim number 8</p></body></html>`;
    expect(parseClaimReviews(html).found).toEqual([
      expect.objectContaining({
        url: "https://factcheck.example/reviews/8",
        ratingText: "Misleading",
        publisher: "Checkers",
      }),
    ]);
  });

  it("finds nothing in what is not JSON-LD", () => {
    expect(parseClaimReviews("{ not json")).toEqual({ found: [], skipped: 0 });
    expect(parseClaimReviews("plain words")).toEqual({ found: [], skipped: 0 });
  });
});
