// Who is on each article right now, for the article list: one line per assignee of open
// assignments ("Rosa · due 12 Dec · 3/5 claims"). Several claim assignments of one reviewer on one
// article make one line; an assignment of the whole article covers every claim.
import type { DbTx } from "../db/client";
import { loadAssignmentProgress, type AssignmentProgress } from "./assignment-progress";
import { whereAssignmentState } from "./assignment-state";

export interface ArticleAssignmentSummary {
  assigneeId: string;
  assigneeName: string;
  /** The earliest due date of the reviewer's open assignments on the article. */
  dueAt: Date | null;
  overdue: boolean;
  /** The whole article, or only some of its claims. */
  scope: "article" | "claims";
  progress: AssignmentProgress;
}

interface OpenAssignment {
  articleId: string;
  claimId: string | null;
  assigneeId: string;
  assigneeName: string;
  dueAt: Date | null;
  progress: AssignmentProgress;
}

/** Open assignments (with progress) grouped per article, then per assignee in first-assigned order. */
export function summarizeOpenAssignments(
  assignments: OpenAssignment[],
  now: Date,
): Map<string, ArticleAssignmentSummary[]> {
  const byArticle = new Map<string, Map<string, ArticleAssignmentSummary>>();
  for (const a of assignments) {
    const lines = byArticle.get(a.articleId) ?? new Map<string, ArticleAssignmentSummary>();
    byArticle.set(a.articleId, lines);
    const line = lines.get(a.assigneeId);
    const scope = a.claimId ? "claims" : "article";
    if (!line) {
      lines.set(a.assigneeId, {
        assigneeId: a.assigneeId,
        assigneeName: a.assigneeName,
        dueAt: a.dueAt,
        overdue: false,
        scope,
        progress: { ...a.progress },
      });
      continue;
    }
    if (a.dueAt && (!line.dueAt || a.dueAt < line.dueAt)) line.dueAt = a.dueAt;
    if (line.scope === "article") continue;
    if (scope === "article") {
      line.scope = "article";
      line.progress = { ...a.progress };
    } else {
      line.progress.rated += a.progress.rated;
      line.progress.total += a.progress.total;
    }
  }
  return new Map(
    [...byArticle].map(([articleId, lines]) => [
      articleId,
      [...lines.values()].map((line) => ({ ...line, overdue: line.dueAt !== null && line.dueAt < now })),
    ]),
  );
}

export async function loadArticleAssignmentSummaries(
  db: DbTx,
  articleIds: string[],
  now = new Date(),
): Promise<Map<string, ArticleAssignmentSummary[]>> {
  if (!articleIds.length) return new Map();
  const rows = await db.assignment.findMany({
    where: { articleId: { in: articleIds }, ...whereAssignmentState("open") },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      articleId: true,
      claimId: true,
      assigneeId: true,
      dueAt: true,
      assignee: { select: { name: true } },
    },
  });
  const progress = await loadAssignmentProgress(db, rows);
  return summarizeOpenAssignments(
    rows.map((row) => ({
      ...row,
      assigneeName: row.assignee.name,
      progress: progress.get(row.id) ?? { rated: 0, total: 0 },
    })),
    now,
  );
}
