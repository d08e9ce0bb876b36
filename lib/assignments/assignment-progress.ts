// How far an assignment's work is: the claims in its scope (the one claim, or every claim of the
// article as it stands now) and how many of them the assignee has submitted a verdict on.
import type { DbTx } from "../db/client";

export interface AssignmentProgress {
  rated: number;
  total: number;
}

interface Scoped {
  id: string;
  articleId: string;
  claimId: string | null;
  assigneeId: string;
}

/** What progress is computed from, keyed by `${reviewerId} ${claimId or articleId}`. */
export interface ProgressFacts {
  claimsByArticle: Map<string, number>;
  ratedClaims: Set<string>;
  ratedByArticle: Map<string, number>;
}

export function progressFactsOf(
  claimsByArticle: Map<string, number>,
  submittedVerdicts: { reviewerId: string; claimId: string; articleId: string }[],
): ProgressFacts {
  const ratedClaims = new Set<string>();
  const ratedByArticle = new Map<string, number>();
  for (const v of submittedVerdicts) {
    const claimKey = `${v.reviewerId} ${v.claimId}`;
    if (ratedClaims.has(claimKey)) continue;
    ratedClaims.add(claimKey);
    const articleKey = `${v.reviewerId} ${v.articleId}`;
    ratedByArticle.set(articleKey, (ratedByArticle.get(articleKey) ?? 0) + 1);
  }
  return { claimsByArticle, ratedClaims, ratedByArticle };
}

export function progressOf(assignment: Scoped, facts: ProgressFacts): AssignmentProgress {
  if (assignment.claimId)
    return { rated: facts.ratedClaims.has(`${assignment.assigneeId} ${assignment.claimId}`) ? 1 : 0, total: 1 };
  return {
    rated: facts.ratedByArticle.get(`${assignment.assigneeId} ${assignment.articleId}`) ?? 0,
    total: facts.claimsByArticle.get(assignment.articleId) ?? 0,
  };
}

/** Progress of each assignment, keyed by its id: two queries whatever the number of assignments. */
export async function loadAssignmentProgress(
  db: DbTx,
  assignments: Scoped[],
): Promise<Map<string, AssignmentProgress>> {
  if (!assignments.length) return new Map();
  const articleIds = [...new Set(assignments.map((a) => a.articleId))];
  const reviewerIds = [...new Set(assignments.map((a) => a.assigneeId))];
  const [claims, verdicts] = await Promise.all([
    db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: articleIds } }, _count: { _all: true } }),
    db.verdict.findMany({
      where: { reviewerId: { in: reviewerIds }, submittedAt: { not: null }, claim: { articleId: { in: articleIds } } },
      select: { claimId: true, reviewerId: true, claim: { select: { articleId: true } } },
    }),
  ]);
  const facts = progressFactsOf(
    new Map(claims.map((row) => [row.articleId, row._count._all])),
    verdicts.map((v) => ({ reviewerId: v.reviewerId, claimId: v.claimId, articleId: v.claim.articleId })),
  );
  return new Map(assignments.map((a) => [a.id, progressOf(a, facts)]));
}
