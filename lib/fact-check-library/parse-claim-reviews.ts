// schema.org ClaimReview from what other fact-checkers publish: a JSON-LD document (one object, an
// array, an @graph, a DataFeed or ItemList wrapping them) or a web page carrying it in
// <script type="application/ld+json"> blocks. Every ClaimReview found anywhere in the tree is
// taken; one without an address or the claim it reviewed is skipped and counted.

export interface ParsedFactCheck {
  url: string;
  claimReviewed: string;
  claimant: string | null;
  publisher: string | null;
  ratingText: string | null;
  datePublished: Date | null;
}

const FIELD_MAX = 2000;
const SCRIPT = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") {
    const trimmed = first.replace(/\s+/g, " ").trim();
    return trimmed ? trimmed.slice(0, FIELD_MAX) : null;
  }
  return null;
}

/** A name from a string or a Person / Organization ({ name }). */
function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return isRecord(first) ? text(first.name) : text(first);
}

function types(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function factCheckOf(node: Record<string, unknown>): ParsedFactCheck | null {
  const url = text(node.url) ?? text(node["@id"]);
  const claimReviewed = text(node.claimReviewed);
  if (!url || !/^https?:\/\//i.test(url) || !claimReviewed) return null;
  const item = isRecord(node.itemReviewed) ? node.itemReviewed : {};
  const rating = isRecord(node.reviewRating) ? node.reviewRating : {};
  const date = text(node.datePublished);
  const time = date ? new Date(date) : null;
  return {
    url,
    claimReviewed,
    claimant: nameOf(item.author) ?? nameOf(node.claimant),
    publisher: nameOf(node.author) ?? nameOf(node.publisher),
    ratingText: text(rating.alternateName) ?? text(rating.name),
    datePublished: time && !Number.isNaN(time.getTime()) ? time : null,
  };
}

/** Every ClaimReview in a JSON-LD value, and how many were unusable. */
export function claimReviewsInJson(value: unknown): { found: ParsedFactCheck[]; skipped: number } {
  const found: ParsedFactCheck[] = [];
  let skipped = 0;
  const visit = (node: unknown, depth: number) => {
    if (depth > 20) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    if (types(node).includes("ClaimReview")) {
      const parsed = factCheckOf(node);
      if (parsed) found.push(parsed);
      else skipped += 1;
      return;
    }
    for (const value of Object.values(node)) if (typeof value === "object") visit(value, depth + 1);
  };
  visit(value, 0);
  return { found, skipped };
}

/** ClaimReviews in a JSON-LD document or in the JSON-LD blocks of an HTML page. */
export function parseClaimReviews(content: string): { found: ParsedFactCheck[]; skipped: number } {
  const trimmed = content.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return claimReviewsInJson(JSON.parse(trimmed));
    } catch {
      return { found: [], skipped: 0 };
    }
  }
  const blocks: unknown[] = [];
  for (const match of trimmed.matchAll(SCRIPT)) {
    try {
      blocks.push(JSON.parse(match[1]!));
    } catch {
      // A broken block on a page does not stop the others.
    }
  }
  return claimReviewsInJson(blocks);
}
