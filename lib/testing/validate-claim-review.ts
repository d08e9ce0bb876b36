// Checks ClaimReview JSON-LD against schema.org's types and the properties Google's fact-check
// markup guide lists as required (claimReviewed, reviewRating.alternateName, url, author) and the
// consistency rules of schema.org Rating (ratingValue between worstRating and bestRating).
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/\S+$/.test(v);
const isDate = (v: unknown) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v));

export function validateClaimReview(review: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(review)) return ["ClaimReview must be an object"];
  if (review["@context"] !== "https://schema.org" && review["@context"] !== "http://schema.org")
    errors.push("@context must be schema.org");
  if (review["@type"] !== "ClaimReview") errors.push('@type must be "ClaimReview"');
  if (typeof review.claimReviewed !== "string" || !review.claimReviewed.trim())
    errors.push("claimReviewed is required");
  if (!isUrl(review.url)) errors.push("url must be the page of the review");
  if (review.datePublished !== undefined && !isDate(review.datePublished))
    errors.push("datePublished must be an ISO 8601 date");
  const author = review.author;
  if (
    !isObject(author) ||
    (author["@type"] !== "Organization" && author["@type"] !== "Person") ||
    typeof author.name !== "string"
  )
    errors.push("author must be an Organization or Person with a name");
  const rating = review.reviewRating;
  if (!isObject(rating) || rating["@type"] !== "Rating") errors.push("reviewRating must be a Rating");
  else {
    if (typeof rating.alternateName !== "string" || !rating.alternateName)
      errors.push("reviewRating.alternateName is required");
    const numbers = ["ratingValue", "bestRating", "worstRating"].map((key) => rating[key]);
    if (numbers.some((n) => n !== undefined)) {
      if (!numbers.every((n) => typeof n === "number"))
        errors.push("ratingValue, bestRating and worstRating go together, as numbers");
      else {
        const [value, best, worst] = numbers as number[];
        if (worst! > best! || value! < worst! || value! > best!)
          errors.push("ratingValue must lie between worstRating and bestRating");
      }
    }
  }
  const item = review.itemReviewed;
  if (!isObject(item) || item["@type"] !== "Claim") errors.push("itemReviewed must be a Claim");
  else {
    const appearances = Array.isArray(item.appearance)
      ? item.appearance
      : item.appearance === undefined
        ? []
        : [item.appearance];
    if (appearances.length === 0) errors.push("itemReviewed.appearance should name where the claim appeared");
    for (const appearance of appearances)
      if (!isObject(appearance) || !isUrl(appearance.url)) errors.push("itemReviewed.appearance must have a url");
    if (item.datePublished !== undefined && !isDate(item.datePublished))
      errors.push("itemReviewed.datePublished must be an ISO 8601 date");
    if (item.author !== undefined && (!isObject(item.author) || typeof item.author.name !== "string"))
      errors.push("itemReviewed.author must have a name");
  }
  return errors;
}
