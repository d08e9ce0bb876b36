// A small export bundle for tests of the formats: two claims, a thread, sources, verdicts, and
// values chosen to be awkward (formula-like cells, quotes, newlines, script tags, emoji).
import type { ExportArticle, ExportContext, ExportRating } from "../exports/export-model";

export const RATINGS: ExportRating[] = [
  { id: "r-true", label: "True", ordinal: true, position: 0, claimReviewName: "True", claimReviewValue: 5 },
  {
    id: "r-mostly-false",
    label: "Mostly false",
    ordinal: true,
    position: 3,
    claimReviewName: "Mostly false",
    claimReviewValue: 2,
  },
  { id: "r-false", label: "False", ordinal: true, position: 4, claimReviewName: "False", claimReviewValue: 1 },
  {
    id: "r-unverifiable",
    label: "Unverifiable",
    ordinal: false,
    position: 5,
    claimReviewName: "Unverifiable",
    claimReviewValue: null,
  },
];

export const CONTEXT: ExportContext = {
  workspace: { id: "ws-1", name: "Fact Desk", slug: "fact-desk" },
  origin: "https://margin.example",
  ratings: RATINGS,
  exportedAt: new Date("2026-11-22T10:00:00Z"),
  publisher: { name: "Fact Desk", url: "https://margin.example/w/fact-desk", publicSite: false },
};

const ana = { id: "u-ana", name: "Ana" };
const ben = { id: "u-ben", name: 'Ben, "the checker"' };
const t = (iso: string) => new Date(iso);

export function articleFixture(claimCount = 2): ExportArticle {
  const claims = Array.from({ length: claimCount }, (_, i) => ({
    id: `c-${i}`,
    exact:
      i === 0
        ? '=HYPERLINK("http://evil") exports rose 12% 🚀'
        : `Claim number ${i} with, commas and "quotes"\nand a newline`,
    prefix: "before ",
    suffix: " after",
    start: i * 100,
    end: i * 100 + 40,
    revisionId: "rev-1",
    status: i === 0 ? "final" : "in_review",
    anchorState: "anchored",
    anchorConfidence: 1,
    createdBy: ana,
    createdAt: t("2026-11-01T09:00:00Z"),
    updatedAt: t("2026-11-02T09:00:00Z"),
    tags: i === 0 ? ["economy", "<script>alert(1)</script>"] : [],
    notes:
      i === 0
        ? [
            {
              id: "n-1",
              body: "**Check** the ministry data.\n\n- one\n- two",
              replyToId: null,
              author: ana,
              tags: [],
              createdAt: t("2026-11-01T10:00:00Z"),
              updatedAt: t("2026-11-01T10:00:00Z"),
            },
            {
              id: "n-2",
              body: "+1 -- agreed; @everyone",
              replyToId: "n-1",
              author: ben,
              tags: ["done"],
              createdAt: t("2026-11-01T11:00:00Z"),
              updatedAt: t("2026-11-01T11:30:00Z"),
            },
          ]
        : [],
    sources:
      i === 0
        ? [
            {
              id: "s-1",
              url: "https://stats.example/exports?y=2025",
              title: "Export statistics 2025",
              publisher: "Statistics Office",
              excerpt: "Exports rose 9.8%.",
              stance: "refutes",
              accessedAt: t("2026-11-01T00:00:00Z"),
              archivedUrl: "https://web.archive.org/web/2026/https://stats.example/exports",
              addedBy: ben,
              createdAt: t("2026-11-01T12:00:00Z"),
              updatedAt: t("2026-11-01T12:00:00Z"),
            },
          ]
        : [],
    verdicts:
      i === 0
        ? [
            {
              id: "v-1",
              reviewer: ana,
              rating: RATINGS[1]!,
              confidence: 80,
              rationale: "Official figure is 9.8%.",
              sourceIds: ["s-1"],
              submittedAt: t("2026-11-03T09:00:00Z"),
              createdAt: t("2026-11-03T09:00:00Z"),
              updatedAt: t("2026-11-03T09:00:00Z"),
            },
            {
              id: "v-2",
              reviewer: ben,
              rating: RATINGS[2]!,
              confidence: 60,
              rationale: "",
              sourceIds: [],
              submittedAt: t("2026-11-03T10:00:00Z"),
              createdAt: t("2026-11-03T10:00:00Z"),
              updatedAt: t("2026-11-03T10:00:00Z"),
            },
          ]
        : [],
    claimant: i === 0 ? { name: "Minister of Trade", type: "person" as const } : null,
    claimDate: i === 0 ? "2026-10-29" : null,
    appearanceUrl: null,
    finalVerdict:
      i === 0
        ? {
            rating: RATINGS[1]!,
            summary: "Exports rose 9.8%, not 12%.",
            published: true,
            publishedAt: t("2026-11-04T09:00:00Z"),
            publishedExact: '=HYPERLINK("http://evil") exports rose 12% 🚀',
            claimReviewed: null,
            firstPublishedAt: t("2026-11-04T09:00:00Z"),
            editor: ben,
            createdAt: t("2026-11-04T08:00:00Z"),
            updatedAt: t("2026-11-04T09:00:00Z"),
          }
        : null,
  }));
  return {
    id: "a-1",
    title: "Trade [update] #1",
    outlet: "The Daily",
    byline: "Sam Writer",
    authorEmail: null,
    publishedAt: t("2026-10-30T00:00:00Z"),
    publishedLabel: "Oct. 30, 2026",
    sourceUrl: "https://daily.example/trade",
    language: "en",
    createdAt: t("2026-11-01T08:00:00Z"),
    revision: { id: "rev-1", number: 1, contentHash: "abcdef0123456789", createdAt: t("2026-11-01T08:00:00Z") },
    claims,
    part: { firstClaimIndex: 0, claimCount: claims.length },
  };
}

/** An article as exports stream a long one: in consecutive runs of `size` claims. */
export function inParts(article: ExportArticle, size: number): ExportArticle[] {
  const parts: ExportArticle[] = [];
  for (let first = 0; first < article.claims.length; first += size) {
    parts.push({
      ...article,
      claims: article.claims.slice(first, first + size),
      part: { firstClaimIndex: first, claimCount: article.claims.length },
    });
  }
  return parts;
}

export async function* asStream<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
