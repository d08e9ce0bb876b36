// An assignment as lists show it (the API, "My queue", the article's panel): who, what, when,
// where it stands and how far its work is.
import type { DbTx, Prisma } from "../db/client";
import { loadAssignmentProgress, type AssignmentProgress } from "./assignment-progress";
import { assignmentStateOf, isOverdue, type AssignmentState } from "./assignment-state";

export interface AssignmentItem {
  id: string;
  state: AssignmentState;
  article: { id: string; title: string };
  /** null: the whole article. */
  claim: { id: string; exact: string } | null;
  assignee: { id: string; name: string };
  assignedBy: { id: string; name: string };
  dueAt: Date | null;
  createdAt: Date;
  completedAt: Date | null;
  withdrawnAt: Date | null;
  overdue: boolean;
  progress: AssignmentProgress;
  version: number;
}

export const ASSIGNMENT_ITEM_SELECT = {
  id: true,
  articleId: true,
  claimId: true,
  assigneeId: true,
  dueAt: true,
  createdAt: true,
  completedAt: true,
  withdrawnAt: true,
  version: true,
  article: { select: { id: true, title: true } },
  claim: { select: { id: true, exact: true } },
  assignee: { select: { id: true, name: true } },
  assignedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.AssignmentSelect;
type Row = Prisma.AssignmentGetPayload<{ select: typeof ASSIGNMENT_ITEM_SELECT }>;

export async function assignmentItemsOf(db: DbTx, rows: Row[], now = new Date()): Promise<AssignmentItem[]> {
  const progress = await loadAssignmentProgress(db, rows);
  return rows.map((row) => ({
    id: row.id,
    state: assignmentStateOf(row),
    article: row.article,
    claim: row.claim,
    assignee: row.assignee,
    assignedBy: row.assignedBy,
    dueAt: row.dueAt,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    withdrawnAt: row.withdrawnAt,
    overdue: isOverdue(row, now),
    progress: progress.get(row.id) ?? { rated: 0, total: 0 },
    version: row.version,
  }));
}
