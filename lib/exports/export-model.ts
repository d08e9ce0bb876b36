// What every export format is written from: articles with their claims, notes, sources and the
// verdicts the exporting person may see (blind review applies to exports too).
import type { Provenance } from "../provenance/provenance";
import { publicFactCheckUrl } from "../public-site/public-urls";
import type { ArticleMetadata } from "../articles/article-metadata";

export interface Person {
  id: string;
  name: string;
}

export interface ExportRating {
  id: string;
  label: string;
  ordinal: boolean;
  position: number;
  claimReviewName: string;
  claimReviewValue: number | null;
}

export interface ExportNote {
  id: string;
  body: string;
  replyToId: string | null;
  author: Person;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  /** What an imported file said about its origin (lib/provenance); absent or null: made here. */
  provenance?: Provenance | null;
}

export interface ExportSource {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: string;
  accessedAt: Date | null;
  archivedUrl: string | null;
  addedBy: Person;
  createdAt: Date;
  updatedAt: Date;
  /** What an imported file said about its origin (lib/provenance); absent or null: made here. */
  provenance?: Provenance | null;
}

export interface ExportVerdict {
  id: string;
  reviewer: Person;
  rating: ExportRating;
  confidence: number;
  rationale: string;
  sourceIds: string[];
  submittedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** What an imported file said about its origin (lib/provenance); absent or null: made here. */
  provenance?: Provenance | null;
}

export interface ExportFinalVerdict {
  rating: ExportRating;
  summary: string;
  published: boolean;
  publishedAt: Date | null;
  /** The claim's words when the verdict was (last) published; null on rows older than this record. */
  publishedExact: string | null;
  /** ClaimReview's short claimReviewed as the editor wrote it; null: the claim's quote. */
  claimReviewed: string | null;
  /** When it was first published (the public page's date); null if never. */
  firstPublishedAt: Date | null;
  editor: Person;
  createdAt: Date;
  updatedAt: Date;
  /** What an imported file said about its origin (lib/provenance); absent or null: made here. */
  provenance?: Provenance | null;
}

export interface ExportClaim {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  revisionId: string;
  status: string;
  anchorState: string;
  anchorConfidence: number;
  createdBy: Person;
  createdAt: Date;
  updatedAt: Date;
  provenance?: Provenance | null;
  /** Who made the claim, and where and when it appeared (appearanceUrl null: the article's URL). */
  claimant: { name: string; type: "person" | "organisation" } | null;
  claimDate: string | null;
  appearanceUrl: string | null;
  tags: string[];
  notes: ExportNote[];
  sources: ExportSource[];
  verdicts: ExportVerdict[];
  finalVerdict: ExportFinalVerdict | null;
}

export interface ExportArticle extends ArticleMetadata {
  createdAt: Date;
  revision: { id: string; number: number; contentHash: string; createdAt: Date };
  /**
   * The article's claims in reading order, or a run of them: exports read a long article in
   * parts (the same article, consecutive runs), so only a part's notes are in memory at once.
   */
  claims: ExportClaim[];
  /** Where `claims` starts among the article's claims, and how many claims the article has. */
  part: { firstClaimIndex: number; claimCount: number };
}

export interface ExportContext {
  workspace: { id: string; name: string; slug: string };
  /** The app's public origin, for stable IRIs of articles, claims and people. */
  origin: string;
  ratings: ExportRating[];
  exportedAt: Date;
  /** ClaimReview's author, and whether the workspace's public fact-check site is on (then ClaimReview's url is the public page). */
  publisher: { name: string; url: string; publicSite: boolean };
}

export const iri = {
  article: (ctx: ExportContext, articleId: string) => `${ctx.origin}/w/${ctx.workspace.slug}/articles/${articleId}`,
  revision: (ctx: ExportContext, articleId: string, revisionNumber: number) =>
    `${ctx.origin}/w/${ctx.workspace.slug}/articles/${articleId}?revision=${revisionNumber}`,
  claim: (ctx: ExportContext, articleId: string, claimId: string) =>
    `${ctx.origin}/w/${ctx.workspace.slug}/articles/${articleId}?claim=${claimId}`,
  annotation: (ctx: ExportContext, claimId: string) =>
    `${ctx.origin}/api/v1/workspaces/${ctx.workspace.id}/annotations/${claimId}`,
  person: (ctx: ExportContext, userId: string) => `${ctx.origin}/users/${userId}`,
  workspace: (ctx: ExportContext) => `${ctx.origin}/w/${ctx.workspace.slug}`,
  publicFactCheck: (ctx: ExportContext, claimId: string) => publicFactCheckUrl(ctx.origin, ctx.workspace.slug, claimId),
};
