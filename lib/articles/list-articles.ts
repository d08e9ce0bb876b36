import {
  loadArticleAssignmentSummaries,
  type ArticleAssignmentSummary,
} from "../assignments/article-assignment-summaries";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { CLAIM_STATUSES, isClaimStatus, type ClaimStatus } from "../claims/claim-status";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export const ARTICLE_PAGE_SIZE_MAX = 100;

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  claimCount: number;
  /** The article's progress: how many of its claims are in each status. */
  claimsByStatus: Record<ClaimStatus, number>;
  revisionCount: number;
  /** One line per reviewer with open assignments on the article. */
  assignments: ArticleAssignmentSummary[];
}

function emptyCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
}

export async function listArticles(
  db: Db,
  options: {
    actor: Actor;
    workspaceId: string;
    cursor?: string | null;
    limit?: number;
    /** Archived articles only (they are left out of the list otherwise). */
    archived?: boolean;
  },
): Promise<{ items: ArticleListItem[]; nextCursor: string | null }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const take = Math.min(Math.max(options.limit ?? 50, 1), ARTICLE_PAGE_SIZE_MAX);
  const rows = await db.article.findMany({
    where: { workspaceId: options.workspaceId, archivedAt: options.archived ? { not: null } : null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      title: true,
      outlet: true,
      byline: true,
      publishedAt: true,
      archivedAt: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, take);
  // Counted for this page's articles only, through the article indexes: a relation `_count`
  // would aggregate the whole Claim and ArticleRevision tables on every listing.
  const articleIds = page.map((row) => row.id);
  const [claims, revisions, assignments] = await Promise.all([
    db.claim.groupBy({
      by: ["articleId", "status"],
      where: { articleId: { in: articleIds } },
      _count: { _all: true },
    }),
    db.articleRevision.groupBy({ by: ["articleId"], where: { articleId: { in: articleIds } }, _count: { _all: true } }),
    loadArticleAssignmentSummaries(db, articleIds),
  ]);
  const byStatus = new Map<string, Record<ClaimStatus, number>>();
  for (const row of claims) {
    const counts = byStatus.get(row.articleId) ?? emptyCounts();
    if (isClaimStatus(row.status)) counts[row.status] += row._count._all;
    byStatus.set(row.articleId, counts);
  }
  const revisionCounts = new Map(revisions.map((row) => [row.articleId, row._count._all]));
  return {
    items: page.map((row) => ({
      ...row,
      claimCount: Object.values(byStatus.get(row.id) ?? {}).reduce((sum, n) => sum + n, 0),
      claimsByStatus: byStatus.get(row.id) ?? emptyCounts(),
      revisionCount: revisionCounts.get(row.id) ?? 0,
      assignments: assignments.get(row.id) ?? [],
    })),
    nextCursor: rows.length > take ? (page.at(-1)?.id ?? null) : null,
  };
}
