// The Atom feed (RFC 4287) of a workspace's published fact-checks: one entry per fact-check, its
// id the stable public address, `updated` its latest publication (a correction moves it up).
import type { PublicSite } from "./get-public-fact-check";
import type { PublicFactCheckEntry } from "./list-public-fact-checks";
import { markdownToSafeHtml } from "./markdown-html";
import { escapeHtml } from "./render-public-html";

export function renderFeed(site: PublicSite, entries: PublicFactCheckEntry[], modifiedAt: Date): string {
  const updated = entries.reduce((latest, e) => (e.publishedAt > latest ? e.publishedAt : latest), modifiedAt);
  const items = entries
    .map(
      (e) => `<entry>
<id>${escapeHtml(e.url)}</id>
<title>${escapeHtml(`${e.rating.label}: ${e.claimReviewed}`)}</title>
<link rel="alternate" type="text/html" href="${escapeHtml(e.url)}"/>
<published>${e.firstPublishedAt.toISOString()}</published>
<updated>${e.publishedAt.toISOString()}</updated>
<content type="html">${escapeHtml(markdownToSafeHtml(e.summary))}</content>
</entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${escapeHtml(site.urls.index)}</id>
<title>${escapeHtml(`${site.publisher.name}: fact-checks`)}</title>
<link rel="self" type="application/atom+xml" href="${escapeHtml(site.urls.feed)}"/>
<link rel="alternate" type="text/html" href="${escapeHtml(site.urls.index)}"/>
<author><name>${escapeHtml(site.publisher.name)}</name><uri>${escapeHtml(site.publisher.url)}</uri></author>
<updated>${updated.toISOString()}</updated>
${items}
</feed>
`;
}
