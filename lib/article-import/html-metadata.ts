// Article metadata from a web page's head: JSON-LD (NewsArticle and kin), Open Graph and article:*
// tags, <meta name=author>, <link rel=canonical>, <html lang> and <title>. Pages are hostile input:
// every value is checked to be a string of sensible length before it is used.
import { parseLooseDate } from "./dates";
import { outletForUrl } from "./outlets";
import { emptyMetadata, type ArticleMetadata } from "./types";

const MAX_FIELD = 500;
const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

export function collapseWhitespace(text: string): string {
  // Only the whitespace HTML collapses: a no-break space is a character the article chose.
  return text.replace(/[ \t\n\f\r]+/g, " ").trim();
}

function str(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = collapseWhitespace(value);
  return text && text.length <= MAX_FIELD ? text : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD document: top level, arrays and @graph, however nested. */
function jsonLdItems(value: unknown, depth = 0): Json[] {
  if (depth > 5) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonLdItems(item, depth + 1));
  if (!isObject(value)) return [];
  return [value, ...jsonLdItems(value["@graph"], depth + 1)];
}

function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken JSON-LD block is ignored: the other metadata still applies
    }
    const found = jsonLdItems(parsed).find((item) =>
      [item["@type"]].flat().some((type) => typeof type === "string" && ARTICLE_TYPE.test(type)),
    );
    if (found) return found;
  }
  return null;
}

/** Names from JSON-LD's author or publisher: a string, a Person/Organization, or a list of them. */
function names(value: unknown): string[] {
  return [value]
    .flat()
    .map((item) => str(item) ?? (isObject(item) ? str(item.name) : null))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
}

function httpUrl(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Metadata as the page states it; Readability's findings fill the gaps. */
export function readHtmlMetadata(
  document: Document,
  options: { url?: string },
  found: {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    lang?: string | null;
  } = {},
): ArticleMetadata {
  const metadata = emptyMetadata();
  const meta = (...selectors: string[]) => {
    for (const selector of selectors) {
      const value = str(document.querySelector(selector)?.getAttribute("content"));
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document) ?? {};
  const mainEntity = isObject(ld.mainEntityOfPage) ? ld.mainEntityOfPage["@id"] : ld.mainEntityOfPage;

  metadata.sourceUrl =
    httpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute("href"), options.url) ??
    httpUrl(meta('meta[property="og:url"]'), options.url) ??
    httpUrl(str(ld.url) ?? str(mainEntity), options.url) ??
    httpUrl(options.url, undefined);
  metadata.title =
    str(ld.headline) ??
    meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    str(found.title) ??
    str(document.title);
  const authors = names(ld.author);
  const byline = authors.length
    ? authors.join(", ")
    : (meta('meta[name="author" i]', 'meta[property="article:author"]', 'meta[name="byl"]') ?? str(found.byline));
  metadata.byline = byline && !/^https?:\/\//i.test(byline) ? byline.replace(/^by\s+/i, "") : null;
  metadata.authorEmail = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(found.byline ?? "")?.[0] ?? null;
  metadata.outlet =
    names(ld.publisher)[0] ??
    meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ??
    str(found.siteName) ??
    (metadata.sourceUrl ? outletForUrl(metadata.sourceUrl) : null);

  const published =
    str(ld.datePublished) ??
    meta(
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date" i]',
      'meta[name="parsely-pub-date"]',
    ) ??
    str(document.querySelector("time[datetime]")?.getAttribute("datetime")) ??
    str(found.publishedTime);
  if (published) {
    metadata.publishedAt = parseLooseDate(published);
    // The date as the page prints it, when a <time> element shows this date.
    const printed = [...document.querySelectorAll("time[datetime]")].find(
      (time) => parseLooseDate(time.getAttribute("datetime") ?? "") === metadata.publishedAt,
    );
    metadata.publishedLabel = str(printed?.textContent) ?? published;
  }
  const locale = meta('meta[property="og:locale"]')?.replace("_", "-") ?? null;
  metadata.language =
    str(document.documentElement.getAttribute("lang")) ??
    meta('meta[http-equiv="content-language" i]') ??
    str(ld.inLanguage) ??
    locale ??
    str(found.lang);
  return metadata;
}
