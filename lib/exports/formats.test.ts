import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { claimReviewOf, claimReviewScript, formatClaimReview, shortenClaim } from "./claim-review";
import { CLAIM_COLUMNS, EVIDENCE_COLUMNS, formatClaimsCsv, formatEvidenceCsv, neutralizeFormula } from "./format-csv";
import { formatMarkdown } from "./format-markdown";
import { formatW3c, W3C_PAGE_SIZE } from "./format-w3c";
import { articleFixture, asStream, collect, CONTEXT, inParts } from "../testing/export-fixture";
import { validateClaimReview } from "../testing/validate-claim-review";
import { annotationsOfCollection, validateAnnotation, validateAnnotationCollection } from "../testing/validate-w3c";
import { claimToAnnotation } from "./w3c-annotation";

describe("Markdown report", () => {
  it("holds metadata, then each claim with verdicts, notes with replies and sources with stance", async () => {
    const md = await collect(formatMarkdown(CONTEXT, 1, asStream([articleFixture()])));
    expect(md).toContain("## Trade \\[update\\] \\#1");
    expect(md).toContain("- Outlet: The Daily");
    expect(md).toContain('> =HYPERLINK("http://evil") exports rose 12% 🚀');
    expect(md).toContain("**Final verdict: Mostly false** (published 2026-11-04)");
    expect(md).toContain("- **Ana**: Mostly false, confidence 80%; sources: Export statistics 2025");
    expect(md).toMatch(/- \*\*Ana\*\*, 2026-11-01:\n {2}\*\*Check\*\* the ministry data\.\n\n {2}- one/);
    expect(md).toMatch(/ {2}- \*\*Ben, "the checker"\*\*, 2026-11-01 \(#done\):\n {4}\+1 -- agreed/);
    expect(md).toContain(
      "[Export statistics 2025](<https://stats.example/exports?y=2025>) — refutes, Statistics Office, accessed 2026-11-01",
    );
    expect(md.indexOf("Claim 1")).toBeLessThan(md.indexOf("Claim 2"));
  });

  it("reads the same whether a long article arrives whole or in parts", async () => {
    const articles = [articleFixture(5), { ...articleFixture(0), id: "a-empty" }, articleFixture(1)];
    const whole = await collect(formatMarkdown(CONTEXT, articles.length, asStream(articles)));
    const parted = await collect(
      formatMarkdown(
        CONTEXT,
        articles.length,
        asStream(articles.flatMap((article) => (article.claims.length ? inParts(article, 2) : [article]))),
      ),
    );
    expect(parted).toBe(whole);
    expect(whole.match(/^## Trade/gm)).toHaveLength(3);
    expect(whole).toContain("- 5 claims");
    expect(whole.indexOf("### Claim 4")).toBeLessThan(whole.indexOf("### Claim 5"));
  });
});

describe("CSV", () => {
  it("round-trips every cell through a real CSV parser, hostile ones neutralised", async () => {
    const csv = await collect(formatClaimsCsv(CONTEXT, asStream([articleFixture()])));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(CLAIM_COLUMNS);
    expect(rows).toHaveLength(3);
    const quote = rows[1]![CLAIM_COLUMNS.indexOf("quote")];
    expect(quote).toBe('\'=HYPERLINK("http://evil") exports rose 12% 🚀');
    expect(rows[2]![CLAIM_COLUMNS.indexOf("quote")]).toBe('Claim number 1 with, commas and "quotes"\nand a newline');
    expect(rows[1]![CLAIM_COLUMNS.indexOf("tags")]).toBe("economy; <script>alert(1)</script>");
    expect(rows[1]![CLAIM_COLUMNS.indexOf("verdicts")]).toBe(
      'Ana: Mostly false (80%); Ben, "the checker": False (60%)',
    );
  });

  it("puts notes and sources in a second table", async () => {
    const csv = await collect(formatEvidenceCsv(asStream([articleFixture()])));
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(EVIDENCE_COLUMNS);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["note", "note", "source"]);
    expect(rows[2]![EVIDENCE_COLUMNS.indexOf("text")]).toBe("'+1 -- agreed; @everyone");
    expect(rows[3]![EVIDENCE_COLUMNS.indexOf("stance")]).toBe("refutes");
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("neutralises %j", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });
});

describe("W3C Web Annotation", () => {
  it("makes each claim a valid Annotation with the right bodies and selectors", () => {
    const article = articleFixture();
    const annotation = claimToAnnotation(CONTEXT, article, article.claims[0]!);
    expect(validateAnnotation({ "@context": "http://www.w3.org/ns/anno.jsonld", ...annotation })).toEqual([]);
    const bodies = annotation.body as Record<string, unknown>[];
    expect(bodies.map((b) => b.purpose)).toEqual([
      "tagging",
      "tagging",
      "commenting",
      "replying",
      "linking",
      "assessing",
      "assessing",
      "assessing",
    ]);
    const target = annotation.target as { selector: unknown[]; state: Record<string, unknown> };
    expect(target.selector).toEqual([
      { type: "TextQuoteSelector", exact: article.claims[0]!.exact, prefix: "before ", suffix: " after" },
      { type: "TextPositionSelector", start: 0, end: 40 },
    ]);
    expect(target.state).toEqual({
      type: "TimeState",
      sourceDate: "2026-11-01T08:00:00.000Z",
      cached: "https://margin.example/w/fact-desk/articles/a-1?revision=1",
    });
  });

  it("streams a collection of embedded pages that validates and holds every claim once", async () => {
    const article = articleFixture(W3C_PAGE_SIZE * 2 + 17);
    const json = await collect(formatW3c(CONTEXT, article.claims.length, asStream([article])));
    const collection = JSON.parse(json) as Record<string, unknown>;
    expect(validateAnnotationCollection(collection)).toEqual([]);
    const items = annotationsOfCollection(collection);
    expect(items.map((a) => a.id)).toEqual(
      article.claims.map((c) => `https://margin.example/api/v1/workspaces/ws-1/annotations/${c.id}`),
    );
    expect((collection.first as Record<string, unknown>).startIndex).toBe(0);
    expect(collection.last).toBe("https://margin.example/api/v1/workspaces/ws-1/annotations?page=2");
  });

  it("writes an empty collection without pages", async () => {
    const collection = JSON.parse(await collect(formatW3c(CONTEXT, 0, asStream([])))) as Record<string, unknown>;
    expect(validateAnnotationCollection(collection)).toEqual([]);
    expect(collection.total).toBe(0);
  });

  it("catches documents that break MUST rules", () => {
    expect(validateAnnotation({ "@context": ["http://www.w3.org/ns/anno.jsonld"], id: "x", type: "Note" })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/single @context/),
        expect.stringMatching(/id IRI/),
        expect.stringMatching(/Annotation/),
        expect.stringMatching(/target/),
      ]),
    );
    const bad = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:x",
      type: "Annotation",
      target: { type: "SpecificResource", selector: { type: "TextPositionSelector", start: -1 } },
      body: { type: "TextualBody" },
      created: "yesterday",
    };
    expect(validateAnnotation(bad).length).toBeGreaterThanOrEqual(5);
  });
});

describe("ClaimReview", () => {
  it("describes claims with a final verdict, and validates", async () => {
    const article = articleFixture();
    const review = claimReviewOf(CONTEXT, article, article.claims[0]!)!;
    expect(validateClaimReview(review)).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      datePublished: "2026-11-04",
      author: { "@type": "Organization", name: "Fact Desk" },
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Minister of Trade" },
        datePublished: "2026-10-29",
        appearance: { url: "https://daily.example/trade" },
      },
    });
    expect(claimReviewOf(CONTEXT, article, article.claims[1]!)).toBeNull();
    const all = JSON.parse(await collect(formatClaimReview(CONTEXT, asStream([article])))) as unknown[];
    expect(all).toHaveLength(1);
  });

  it("falls back to the article's byline and date when the claim has no claimant or date", () => {
    const article = articleFixture();
    Object.assign(article.claims[0]!, { claimant: null, claimDate: null });
    expect(claimReviewOf(CONTEXT, article, article.claims[0]!)!.itemReviewed).toMatchObject({
      author: { "@type": "Person", name: "Sam Writer" },
      datePublished: "2026-10-30",
    });
  });

  it("uses the public page, the organisation, the editor's claimReviewed and the claim's own appearance", () => {
    const article = articleFixture();
    const claim = article.claims[0]!;
    Object.assign(claim, {
      claimant: { name: "Trade Council", type: "organisation" },
      appearanceUrl: "https://video.example/speech",
    });
    claim.finalVerdict!.claimReviewed = "Exports rose 12%";
    const ctx = {
      ...CONTEXT,
      publisher: { name: "Fact Desk Ltd", url: "https://factdesk.example", publicSite: true },
    };
    const review = claimReviewOf(ctx, article, claim)!;
    expect(validateClaimReview(review)).toEqual([]);
    expect(review).toMatchObject({
      url: "https://margin.example/fact-checks/fact-desk/c-0",
      claimReviewed: "Exports rose 12%",
      author: { "@type": "Organization", name: "Fact Desk Ltd", url: "https://factdesk.example" },
      itemReviewed: {
        author: { "@type": "Organization", name: "Trade Council" },
        appearance: [{ url: "https://video.example/speech" }, { url: "https://daily.example/trade" }],
      },
    });
  });

  it("leaves the numbers out for ratings without one", () => {
    const article = articleFixture();
    article.claims[0]!.finalVerdict!.rating = CONTEXT.ratings[3]!;
    const review = claimReviewOf(CONTEXT, article, article.claims[0]!)!;
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(validateClaimReview(review)).toEqual([]);
  });

  it("makes a snippet no quote can break out of", () => {
    const article = articleFixture();
    article.claims[0]!.exact = "</script><script>alert(1)</script>";
    article.claims[0]!.finalVerdict!.publishedExact = article.claims[0]!.exact;
    const snippet = claimReviewScript([claimReviewOf(CONTEXT, article, article.claims[0]!)!]);
    expect(snippet.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(snippet.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, "")).claimReviewed).toBe(
      "</script><script>alert(1)</script>",
    );
  });

  it("shortens long claims on a sentence or word boundary", () => {
    const long = `${"The ministry said exports rose sharply. ".repeat(10)}`;
    const short = shortenClaim(long, 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.endsWith(".")).toBe(true);
    expect(shortenClaim("word ".repeat(100), 50).endsWith("…")).toBe(true);
    expect(shortenClaim("Short claim.")).toBe("Short claim.");
  });
});
