// One published fact-check as the public site shows it, read without a session: only a published
// final verdict of a workspace whose public site is on. Reviewers' verdicts, notes, drafts and
// unpublished verdicts are never read here. A verdict that was published and no longer is (or
// whose claim's words changed since) is "gone" (410); anything else unknown is "not found" (404).
import { listFamilyAppearances, type FamilyAppearance } from "../claim-memory/list-family-appearances";
import type { Db } from "../db/client";
import { claimAppearanceOf, type ClaimAppearance } from "../claims/set-claim-appearance";
import { claimReviewBlock, claimReviewOf } from "../exports/claim-review";
import type { ExportArticle, ExportClaim, ExportContext, ExportRating } from "../exports/export-model";
import { CARD_HEIGHT, CARD_WIDTH } from "./render-card-svg";
import { publisherOf, type Publisher } from "./publisher";
import { publicCardUrl, publicFactCheckUrl, publicFeedUrl, publicIndexUrl } from "./public-urls";

const ratingFields = {
  id: true,
  label: true,
  color: true,
  ordinal: true,
  position: true,
  claimReviewName: true,
  claimReviewValue: true,
  archivedAt: true,
  updatedAt: true,
} as const;

export interface PublicSite {
  workspace: { id: string; slug: string; name: string };
  publisher: Publisher;
  urls: { index: string; feed: string };
}

/** The workspace's public site, or null when there is none (unknown slug, or switched off). */
export async function findPublicSite(db: Db, workspaceSlug: string, origin: string): Promise<PublicSite | null> {
  const workspace = await db.workspace.findUnique({
    where: { slug: workspaceSlug },
    select: { id: true, slug: true, name: true, publicSite: true, organisationName: true, organisationUrl: true },
  });
  if (!workspace?.publicSite) return null;
  return {
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
    publisher: publisherOf(workspace, origin),
    urls: { index: publicIndexUrl(origin, workspace.slug), feed: publicFeedUrl(origin, workspace.slug) },
  };
}

export interface PublicRating {
  id: string;
  label: string;
  color: string;
  ordinal: boolean;
}

export interface PublicFactCheck {
  url: string;
  /** The share image (Open Graph card). */
  card: { url: string; width: number; height: number };
  claimId: string;
  quote: string;
  claimReviewed: string;
  appearance: ClaimAppearance;
  article: { title: string; outlet: string | null; url: string | null; publishedAt: Date | null };
  rating: PublicRating;
  /** The workspace's scale in order, the verdict's rating among them. */
  scale: PublicRating[];
  summary: string;
  sources: { title: string; url: string; publisher: string | null; archivedUrl: string | null }[];
  /** Where the same claim (its family, confirmed by reviewers) appeared elsewhere, oldest first. */
  alsoSeenIn: PublicAppearance[];
  firstPublishedAt: Date;
  publishedAt: Date;
  corrections: { date: Date; description: string }[];
  claimReview: Record<string, unknown>;
  /** The newest change to anything on the page (Last-Modified). */
  modifiedAt: Date;
}

export interface PublicAppearance {
  title: string;
  outlet: string | null;
  url: string;
  date: Date | null;
}

export type PublicFactCheckResult =
  | { status: "found"; site: PublicSite; factCheck: PublicFactCheck }
  | { status: "gone"; site: PublicSite }
  | { status: "not_found"; site: PublicSite | null };

export async function getPublicFactCheck(
  db: Db,
  options: { workspaceSlug: string; claimId: string; origin: string },
): Promise<PublicFactCheckResult> {
  const site = await findPublicSite(db, options.workspaceSlug, options.origin);
  if (!site) return { status: "not_found", site: null };
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: site.workspace.id },
    select: {
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      revisionId: true,
      status: true,
      anchorState: true,
      anchorConfidence: true,
      createdAt: true,
      updatedAt: true,
      claimantName: true,
      claimantType: true,
      claimDate: true,
      appearanceUrl: true,
      familyId: true,
      article: {
        select: {
          id: true,
          title: true,
          outlet: true,
          byline: true,
          publishedAt: true,
          publishedLabel: true,
          sourceUrl: true,
          language: true,
          createdAt: true,
          updatedAt: true,
        },
      },
      finalVerdict: {
        select: {
          summary: true,
          published: true,
          publishedAt: true,
          publishedExact: true,
          claimReviewed: true,
          firstPublishedAt: true,
          createdAt: true,
          updatedAt: true,
          rating: { select: ratingFields },
          corrections: { orderBy: { createdAt: "asc" }, select: { createdAt: true, description: true } },
        },
      },
      sources: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { title: true, url: true, publisher: true, archivedUrl: true, updatedAt: true },
      },
    },
  });
  const final = claim?.finalVerdict;
  if (!claim || !final?.firstPublishedAt) return { status: "not_found", site };
  if (
    !final.published ||
    claimReviewBlock({ exact: claim.exact, finalVerdict: { ...final, editor: { id: "", name: "" } } })
  )
    return { status: "gone", site };
  const ratings = await db.rating.findMany({
    where: { workspaceId: site.workspace.id, OR: [{ archivedAt: null }, { id: final.rating.id }] },
    orderBy: { position: "asc" },
    select: ratingFields,
  });
  const url = publicFactCheckUrl(options.origin, site.workspace.slug, claim.id);
  const appearance = claimAppearanceOf(claim);
  const family = claim.familyId ? await listFamilyAppearances(db, claim.id) : [];
  const alsoSeenIn = publicAppearances(family, [appearance.appearanceUrl, claim.article.sourceUrl]);
  const claimReview = withAppearances(
    claimReviewOf(
      exportContext(site, options.origin, ratings),
      exportArticle(claim.article, claim.revisionId),
      exportClaim(claim, appearance, final),
    )!,
    alsoSeenIn,
  );
  const dates = [
    // Linking and unlinking touch every claim of the family, so the family's changes count here.
    ...family.map((member) => member.updatedAt),
    final.updatedAt,
    claim.updatedAt,
    claim.article.updatedAt,
    ...ratings.map((r) => r.updatedAt),
    ...claim.sources.map((s) => s.updatedAt),
    ...final.corrections.map((c) => c.createdAt),
  ];
  const publicRating = (r: (typeof ratings)[number]): PublicRating => ({
    id: r.id,
    label: r.label,
    color: r.color,
    ordinal: r.ordinal,
  });
  return {
    status: "found",
    site,
    factCheck: {
      url,
      card: {
        url: publicCardUrl(options.origin, site.workspace.slug, claim.id),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      },
      claimId: claim.id,
      quote: claim.exact,
      claimReviewed: claimReview.claimReviewed as string,
      appearance,
      article: {
        title: claim.article.title,
        outlet: claim.article.outlet,
        url: claim.article.sourceUrl,
        publishedAt: claim.article.publishedAt,
      },
      rating: publicRating(final.rating),
      scale: ratings.map(publicRating),
      summary: final.summary,
      sources: claim.sources.map(({ updatedAt: _updatedAt, ...source }) => source),
      alsoSeenIn,
      firstPublishedAt: final.firstPublishedAt,
      publishedAt: final.publishedAt ?? final.firstPublishedAt,
      corrections: final.corrections.map((c) => ({ date: c.createdAt, description: c.description })),
      claimReview,
      modifiedAt: new Date(Math.max(...dates.map((d) => d.getTime()))),
    },
  };
}

const isWebAddress = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/**
 * The family's other appearances a reader may see: only those with a public web address (the
 * claim's appearance URL, else its article's), since an article without one (pasted text) may be
 * an internal document; one entry per address, none repeating the fact-check's own.
 */
function publicAppearances(family: FamilyAppearance[], ownUrls: (string | null)[]): PublicAppearance[] {
  const seen = new Set(ownUrls.filter(isWebAddress));
  const appearances: PublicAppearance[] = [];
  for (const member of family) {
    const url = member.appearanceUrl ?? member.articleUrl;
    if (!isWebAddress(url) || seen.has(url)) continue;
    seen.add(url);
    appearances.push({
      title: member.articleTitle,
      outlet: member.outlet,
      url,
      date: member.claimDate ? new Date(`${member.claimDate}T00:00:00Z`) : member.publishedAt,
    });
  }
  return appearances;
}

/** schema.org lets a Claim have several appearances: the family's go after the claim's own. */
function withAppearances(review: Record<string, unknown>, appearances: PublicAppearance[]): Record<string, unknown> {
  if (!appearances.length) return review;
  const item = review.itemReviewed as Record<string, unknown>;
  const own = Array.isArray(item.appearance) ? (item.appearance as unknown[]) : [item.appearance];
  const family = appearances.map((a) => ({
    "@type": "CreativeWork",
    url: a.url,
    headline: a.title,
    ...(a.date ? { datePublished: a.date.toISOString().slice(0, 10) } : {}),
    ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
  }));
  return { ...review, itemReviewed: { ...item, appearance: [...own, ...family] } };
}

function exportContext(site: PublicSite, origin: string, ratings: ExportRating[]): ExportContext {
  return {
    workspace: { id: site.workspace.id, name: site.workspace.name, slug: site.workspace.slug },
    origin,
    ratings,
    exportedAt: new Date(),
    publisher: site.publisher,
  };
}

function exportArticle(
  article: Omit<ExportArticle, "authorEmail" | "revision" | "claims" | "part"> & { updatedAt: Date },
  revisionId: string,
): ExportArticle {
  return {
    ...article,
    authorEmail: null,
    revision: { id: revisionId, number: 0, contentHash: "", createdAt: article.createdAt },
    claims: [],
    part: { firstClaimIndex: 0, claimCount: 1 },
  };
}

/** ClaimReview is written from the export model; the public page needs only the final verdict of it. */
function exportClaim(
  claim: Omit<
    ExportClaim,
    "createdBy" | "tags" | "notes" | "sources" | "verdicts" | "finalVerdict" | keyof ClaimAppearance
  >,
  appearance: ClaimAppearance,
  final: Omit<ExportClaim["finalVerdict"] & object, "editor" | "rating"> & { rating: ExportRating },
): ExportClaim {
  return {
    id: claim.id,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    revisionId: claim.revisionId,
    status: claim.status,
    anchorState: claim.anchorState,
    anchorConfidence: claim.anchorConfidence,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    createdBy: { id: "", name: "" },
    ...appearance,
    tags: [],
    notes: [],
    sources: [],
    verdicts: [],
    finalVerdict: {
      rating: final.rating,
      summary: final.summary,
      published: final.published,
      publishedAt: final.publishedAt,
      publishedExact: final.publishedExact,
      claimReviewed: final.claimReviewed,
      firstPublishedAt: final.firstPublishedAt,
      editor: { id: "", name: "" },
      createdAt: final.createdAt,
      updatedAt: final.updatedAt,
    },
  };
}
