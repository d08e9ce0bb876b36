// schema.org ClaimReview for each claim with a published final verdict
// (https://schema.org/ClaimReview), with the fields Google's fact-check markup guide asks for:
// claimReviewed, reviewRating with alternateName (and ratingValue/bestRating/worstRating when the
// rating has a number), author, url, datePublished, and itemReviewed as a Claim that appeared in
// the article. ClaimReview is public: a verdict that is not published, or whose claim's words are
// no longer those it was published on, is left out.
import type { ExportArticle, ExportClaim, ExportContext } from "./export-model";
import { iri } from "./export-model";

import { CLAIM_REVIEWED_MAX } from "../verdicts/schemas";

/** Long quotes are shortened on a word boundary (after a full sentence when one fits). */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const sentence = cut.match(/^.*[.!?]["”’)]?(?=\s)/u)?.[0];
  if (sentence && sentence.length >= max * 0.6) return sentence;
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

function scaleBounds(ctx: ExportContext): { best: number | null; worst: number | null } {
  const values = ctx.ratings.map((r) => r.claimReviewValue).filter((v): v is number => v !== null);
  return values.length ? { best: Math.max(...values), worst: Math.min(...values) } : { best: null, worst: null };
}

export type ClaimReviewBlock = "no_final_verdict" | "not_published" | "words_changed";

/** Why a claim has no ClaimReview, or null when it has one. */
export function claimReviewBlock(claim: Pick<ExportClaim, "exact" | "finalVerdict">): ClaimReviewBlock | null {
  const final = claim.finalVerdict;
  if (!final) return "no_final_verdict";
  if (!final.published) return "not_published";
  // Rows published before Margin recorded the words (null) count as unchanged.
  if (final.publishedExact !== null && final.publishedExact !== claim.exact) return "words_changed";
  return null;
}

export function claimReviewOf(
  ctx: ExportContext,
  article: ExportArticle,
  claim: ExportClaim,
): Record<string, unknown> | null {
  const final = claim.finalVerdict;
  if (!final || claimReviewBlock(claim)) return null;
  const { best, worst } = scaleBounds(ctx);
  const value = final.rating.claimReviewValue;
  const articleWork = {
    "@type": "CreativeWork",
    url: article.sourceUrl ?? iri.article(ctx, article.id),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString().slice(0, 10) } : {}),
    ...(article.byline ? { author: { "@type": "Person", name: article.byline } } : {}),
    ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
  };
  // Where the claim was made, when the editor gave a place other than the article (a speech, a post).
  const appearance =
    claim.appearanceUrl && claim.appearanceUrl !== articleWork.url
      ? [{ "@type": "CreativeWork", url: claim.appearanceUrl }, articleWork]
      : articleWork;
  const firstPublished = final.firstPublishedAt ?? final.publishedAt ?? final.updatedAt;
  const lastPublished = final.publishedAt ?? firstPublished;
  const claimAuthor = claim.claimant
    ? { "@type": claim.claimant.type === "organisation" ? "Organization" : "Person", name: claim.claimant.name }
    : article.byline
      ? { "@type": "Person", name: article.byline }
      : article.outlet
        ? { "@type": "Organization", name: article.outlet }
        : null;
  const claimDate = claim.claimDate ?? article.publishedAt?.toISOString().slice(0, 10) ?? null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: ctx.publisher.publicSite ? iri.publicFactCheck(ctx, claim.id) : iri.claim(ctx, article.id, claim.id),
    claimReviewed: final.claimReviewed || shortenClaim(claim.exact),
    datePublished: firstPublished.toISOString().slice(0, 10),
    ...(lastPublished > firstPublished ? { dateModified: lastPublished.toISOString() } : {}),
    author: { "@type": "Organization", name: ctx.publisher.name, url: ctx.publisher.url },
    reviewBody: final.summary,
    reviewRating: {
      "@type": "Rating",
      alternateName: final.rating.claimReviewName,
      ...(value !== null && best !== null && worst !== null
        ? { ratingValue: value, bestRating: best, worstRating: worst }
        : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      appearance,
      ...(claimAuthor ? { author: claimAuthor } : {}),
      ...(claimDate ? { datePublished: claimDate } : {}),
    },
  };
}

/** The ready-to-paste HTML snippet; `<` is escaped so no text can close the script element. */
export function claimReviewScript(reviews: Record<string, unknown>[]): string {
  const json = JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2).replace(/</g, "\\u003c");
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

export async function* formatClaimReview(
  ctx: ExportContext,
  articles: AsyncIterable<ExportArticle>,
): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const article of articles) {
    for (const claim of article.claims) {
      const review = claimReviewOf(ctx, article, claim);
      if (!review) continue;
      yield (first ? "\n" : ",\n") + JSON.stringify(review);
      first = false;
    }
  }
  yield "\n]\n";
}
