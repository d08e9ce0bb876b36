// The public site's pages as complete HTML strings: no client script, one small inline style
// sheet (printable, readable on a phone), the ClaimReview JSON-LD, Open Graph tags, and a link to
// the Atom feed. Every value from the database goes through `escapeHtml`.
import type { PublicFactCheck, PublicSite } from "./get-public-fact-check";
import type { PublicFactCheckEntry } from "./list-public-fact-checks";
import { markdownToSafeHtml } from "./markdown-html";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Only http(s) links leave the site; anything else is shown as text. */
function link(url: string | null, text: string): string {
  return url && /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Ratings' colours are validated as #rrggbb; anything else falls back to grey. */
export const ratingColour = (value: string) => (/^#[0-9a-f]{6}$/i.test(value) ? value : "#57534e");

export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function time(date: Date): string {
  return `<time datetime="${date.toISOString()}">${formatDate(date)}</time>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1c1917;--muted:#57534e;--line:#d6d3d1;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--line)}
header a{color:var(--ink);font-weight:600;text-decoration:none}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.1rem;margin:2rem 0 .5rem}
.kicker{text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:var(--muted);margin:1rem 0 0}
blockquote{margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid var(--line);font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.rating{display:inline-block;padding:.3rem .8rem;border:3px solid;border-radius:.4rem;font-weight:700;font-size:1.2rem}
.scale{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.75rem 0 0;font-size:.85rem}
.scale li{padding:.1rem .5rem;border:1px solid var(--line);border-radius:1rem;color:var(--muted)}
.scale li[aria-current]{border:2px solid;color:var(--ink);font-weight:700}
.entries{list-style:none;padding:0}
.entries li{border-bottom:1px solid var(--line);padding:.75rem 0}
.meta,footer{color:var(--muted);font-size:.9rem}
.summary{overflow-wrap:anywhere}
@media print{a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;overflow-wrap:anywhere}header,footer{border:0}}
`;

function shell(options: {
  title: string;
  description: string;
  canonical: string;
  site: PublicSite;
  head?: string;
  /** The share image (Open Graph card) and its text alternative. */
  image?: ShareImage;
  body: string;
}): string {
  const { site } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<meta name="description" content="${escapeHtml(options.description)}">
<link rel="canonical" href="${escapeHtml(options.canonical)}">
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(`${site.publisher.name}: fact-checks`)}" href="${escapeHtml(site.urls.feed)}">
<meta property="og:site_name" content="${escapeHtml(site.publisher.name)}">
<meta property="og:title" content="${escapeHtml(options.title)}">
<meta property="og:description" content="${escapeHtml(options.description)}">
<meta property="og:url" content="${escapeHtml(options.canonical)}">
${options.image ? "" : `<meta name="twitter:card" content="summary">\n`}${options.image ? imageMeta(options.image) : ""}${options.head ?? ""}<style>${STYLE}</style>
</head>
<body>
<header><a href="${escapeHtml(site.urls.index)}">${escapeHtml(site.publisher.name)} · Fact-checks</a></header>
<main id="main">
${options.body}
</main>
<footer><a href="${escapeHtml(site.urls.feed)}">Atom feed</a> · Published by ${link(site.publisher.url, site.publisher.name)}</footer>
</body>
</html>
`;
}

interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

function imageMeta(image: ShareImage): string {
  const url = escapeHtml(image.url);
  const alt = escapeHtml(image.alt);
  return `<meta property="og:image" content="${url}">
<meta property="og:image:type" content="image/svg+xml">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${url}">
<meta name="twitter:image:alt" content="${alt}">
`;
}

/** The plain text of a Markdown summary, cut for a meta description. */
function excerpt(markdown: string, max = 200): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export function renderFactCheckPage(site: PublicSite, factCheck: PublicFactCheck): string {
  const { appearance, article } = factCheck;
  const jsonLd = JSON.stringify(factCheck.claimReview).replace(/</g, "\\u003c");
  const appearedAt = appearance.appearanceUrl ?? article.url;
  const details = [
    appearance.claimant
      ? `<dt>Claimed by</dt><dd>${escapeHtml(appearance.claimant.name)}${appearance.claimant.type === "organisation" ? " (organisation)" : ""}</dd>`
      : "",
    appearance.claimDate ? `<dt>Claimed on</dt><dd>${time(new Date(`${appearance.claimDate}T00:00:00Z`))}</dd>` : "",
    `<dt>Appeared in</dt><dd>${link(article.url, article.title)}${article.outlet ? `, ${escapeHtml(article.outlet)}` : ""}${article.publishedAt ? `, ${time(article.publishedAt)}` : ""}</dd>`,
    appearedAt && appearedAt !== article.url ? `<dt>Where</dt><dd>${link(appearedAt, appearedAt)}</dd>` : "",
  ].join("");
  const color = ratingColour(factCheck.rating.color);
  const scale = factCheck.scale
    .map((r) =>
      r.id === factCheck.rating.id
        ? `<li aria-current="true" style="border-color:${color}">${escapeHtml(r.label)}</li>`
        : `<li>${escapeHtml(r.label)}</li>`,
    )
    .join("");
  const sources = factCheck.sources.length
    ? `<section><h2>Sources</h2><ul>${factCheck.sources
        .map(
          (s) =>
            `<li>${link(s.url, s.title)}${s.publisher ? `, ${escapeHtml(s.publisher)}` : ""}${s.archivedUrl ? ` (${link(s.archivedUrl, "archived copy")})` : ""}</li>`,
        )
        .join("")}</ul></section>`
    : "";
  const alsoSeenIn = factCheck.alsoSeenIn.length
    ? `<section><h2>Also seen in</h2><ul>${factCheck.alsoSeenIn
        .map(
          (a) =>
            `<li>${link(a.url, a.title)}${a.outlet ? `, ${escapeHtml(a.outlet)}` : ""}${a.date ? `, ${time(a.date)}` : ""}</li>`,
        )
        .join("")}</ul></section>`
    : "";
  const corrections = factCheck.corrections.length
    ? `<section><h2>Corrections</h2><ul>${factCheck.corrections
        .map((c) => `<li>Updated on ${time(c.date)}: ${escapeHtml(c.description)}</li>`)
        .join("")}</ul></section>`
    : "";
  const updated =
    factCheck.publishedAt.getTime() > factCheck.firstPublishedAt.getTime()
      ? ` Updated ${time(factCheck.publishedAt)}.`
      : "";
  const title = `${factCheck.rating.label}: ${factCheck.claimReviewed}`;
  return shell({
    title: `${title} · ${site.publisher.name}`,
    description: excerpt(factCheck.summary),
    canonical: factCheck.url,
    site,
    image: { ...factCheck.card, alt: `${title} · ${site.publisher.name}` },
    head: `<meta property="og:type" content="article">
<meta property="article:published_time" content="${factCheck.firstPublishedAt.toISOString()}">
<meta property="article:modified_time" content="${factCheck.publishedAt.toISOString()}">
<script type="application/ld+json">${jsonLd}</script>
`,
    body: `<article>
<p class="kicker">Fact-check</p>
<h1>${escapeHtml(factCheck.claimReviewed)}</h1>
<blockquote><p>“${escapeHtml(factCheck.quote)}”</p></blockquote>
<dl>${details}</dl>
<section aria-labelledby="rating"><h2 id="rating">Our rating</h2>
<p class="rating" style="border-color:${color}">${escapeHtml(factCheck.rating.label)}</p>
<ol class="scale" aria-label="The rating scale">${scale}</ol></section>
<section><h2>Summary</h2><div class="summary">${markdownToSafeHtml(factCheck.summary)}</div></section>
${sources}
${alsoSeenIn}
<p class="meta">Published ${time(factCheck.firstPublishedAt)}.${updated}</p>
${corrections}
</article>`,
  });
}

export function renderIndexPage(site: PublicSite, entries: PublicFactCheckEntry[]): string {
  const list = entries.length
    ? `<ul class="entries">${entries
        .map(
          (e) =>
            `<li><a href="${escapeHtml(e.url)}">${escapeHtml(e.claimReviewed)}</a><br><strong style="color:${ratingColour(e.rating.color)}">${escapeHtml(e.rating.label)}</strong><span class="meta">${e.claimant ? ` · ${escapeHtml(e.claimant)}` : ""} · ${time(e.firstPublishedAt)}</span></li>`,
        )
        .join("")}</ul>`
    : "<p>No fact-checks are published yet.</p>";
  return shell({
    title: `Fact-checks · ${site.publisher.name}`,
    description: `Fact-checks published by ${site.publisher.name}.`,
    canonical: site.urls.index,
    site,
    head: `<meta property="og:type" content="website">\n`,
    body: `<h1>Fact-checks</h1>\n${list}`,
  });
}

/** The page a removed fact-check (410) or an unknown address (404) answers with. */
export function renderMissingPage(site: PublicSite | null, status: 404 | 410): string {
  const message =
    status === 410
      ? "This fact-check has been taken down by its publisher."
      : "There is no fact-check at this address.";
  const body = `<h1>${status === 410 ? "Fact-check removed" : "Not found"}</h1><p>${message}</p>`;
  if (!site)
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title><meta name="robots" content="noindex"></head><body><main>${body}</main></body></html>\n`;
  return shell({
    title: status === 410 ? "Fact-check removed" : "Not found",
    description: message,
    canonical: site.urls.index,
    site,
    head: `<meta name="robots" content="noindex">\n`,
    body,
  });
}
