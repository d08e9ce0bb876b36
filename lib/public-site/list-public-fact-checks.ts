// The public index and Atom feed: a workspace's published fact-checks, latest publication first.
import type { Db } from "../db/client";
import { shortenClaim } from "../exports/claim-review";
import type { PublicSite } from "./get-public-fact-check";
import { publicFactCheckUrl } from "./public-urls";

/** How many fact-checks the index and the feed list. */
export const PUBLIC_LIST_LIMIT = 100;

export interface PublicFactCheckEntry {
  url: string;
  claimReviewed: string;
  claimant: string | null;
  rating: { label: string; color: string };
  summary: string;
  firstPublishedAt: Date;
  publishedAt: Date;
}

export async function listPublicFactChecks(
  db: Db,
  site: PublicSite,
  origin: string,
): Promise<{ entries: PublicFactCheckEntry[]; modifiedAt: Date }> {
  const [rows, workspace] = await Promise.all([
    db.finalVerdict.findMany({
      where: { workspaceId: site.workspace.id, published: true },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: PUBLIC_LIST_LIMIT,
      select: {
        summary: true,
        claimReviewed: true,
        publishedAt: true,
        publishedExact: true,
        firstPublishedAt: true,
        updatedAt: true,
        rating: { select: { label: true, color: true, updatedAt: true } },
        claim: { select: { id: true, exact: true, claimantName: true, updatedAt: true } },
      },
    }),
    db.workspace.findUniqueOrThrow({ where: { id: site.workspace.id }, select: { updatedAt: true } }),
  ]);
  // A claim whose words changed since publication is off the site (its page answers 410).
  const live = rows.filter((row) => row.publishedExact === null || row.publishedExact === row.claim.exact);
  const entries = live.map((row) => {
    const publishedAt = row.publishedAt ?? row.updatedAt;
    return {
      url: publicFactCheckUrl(origin, site.workspace.slug, row.claim.id),
      claimReviewed: row.claimReviewed || shortenClaim(row.claim.exact),
      claimant: row.claim.claimantName,
      rating: { label: row.rating.label, color: row.rating.color },
      summary: row.summary,
      firstPublishedAt: row.firstPublishedAt ?? publishedAt,
      publishedAt,
    };
  });
  const dates = [
    workspace.updatedAt,
    ...rows.flatMap((row) => [row.updatedAt, row.rating.updatedAt, row.claim.updatedAt]),
  ];
  return { entries, modifiedAt: new Date(Math.max(...dates.map((d) => d.getTime()))) };
}
