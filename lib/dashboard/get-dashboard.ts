// The dashboard of a workspace or of one article: claims by status and by final rating, reviewer
// workload with assignment counts, and agreement (overall and month by month, each with the claims it rests on).
import { summarizeAgreement, type AgreementSummary } from "../agreement";
import type { Actor } from "../auth/actor";
import { CLAIM_STATUSES, type ClaimStatus } from "../claims/claim-status";
import type { Db } from "../db/client";
import { countAssignments, type AssignmentCounts } from "./count-assignments";
import { loadSubmittedVerdicts } from "./load-submitted-verdicts";

export interface Dashboard {
  claimsByStatus: Record<ClaimStatus, number>;
  claimsByFinalRating: { ratingId: string; label: string; color: string; count: number }[];
  workload: {
    userId: string;
    name: string;
    openAssignments: number;
    overdue: number;
    doneThisWeek: number;
    verdicts: number;
    notes: number;
  }[];
  /** Open, overdue, and done since Monday 00:00 UTC (`weekStart`). */
  assignments: AssignmentCounts & { weekStart: Date };
  agreement: AgreementSummary;
  agreementByMonth: { month: string; summary: AgreementSummary }[];
  people: Record<string, string>;
}

export async function getDashboard(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId?: string; now?: Date },
): Promise<Dashboard> {
  const now = options.now ?? new Date();
  const { verdicts, scale } = await loadSubmittedVerdicts(db, options);
  const claimWhere = {
    workspaceId: options.workspaceId,
    ...(options.articleId ? { articleId: options.articleId } : {}),
  };
  const [statusGroups, finalGroups, members, assignments, verdictCounts, noteCounts] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: claimWhere, _count: { _all: true } }),
    db.finalVerdict.groupBy({ by: ["ratingId"], where: { claim: claimWhere }, _count: { _all: true } }),
    db.membership.findMany({
      where: { workspaceId: options.workspaceId },
      select: { userId: true, role: true, user: { select: { name: true } } },
    }),
    countAssignments(db, {
      workspaceId: options.workspaceId,
      ...(options.articleId ? { articleId: options.articleId } : {}),
      now,
    }),
    db.verdict.groupBy({
      by: ["reviewerId"],
      where: { claim: claimWhere, submittedAt: { not: null } },
      _count: { _all: true },
    }),
    db.note.groupBy({ by: ["authorId"], where: { claim: claimWhere, deletedAt: null }, _count: { _all: true } }),
  ]);
  const claimsByStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const group of statusGroups)
    if (group.status in claimsByStatus) claimsByStatus[group.status as ClaimStatus] = group._count._all;
  const ratingById = new Map(scale.map((r) => [r.id, r]));
  const claimsByFinalRating = scale
    .filter((r) => !r.archivedAt || finalGroups.some((g) => g.ratingId === r.id))
    .sort((a, b) => a.position - b.position)
    .map((r) => ({
      ratingId: r.id,
      label: r.label,
      color: r.color,
      count: finalGroups.find((g) => g.ratingId === r.id)?._count._all ?? 0,
    }));
  const workload = members
    .filter((m) => m.role !== "viewer")
    .map((m) => ({
      userId: m.userId,
      name: m.user.name,
      openAssignments: assignments.byAssignee.get(m.userId)?.open ?? 0,
      overdue: assignments.byAssignee.get(m.userId)?.overdue ?? 0,
      doneThisWeek: assignments.byAssignee.get(m.userId)?.doneThisWeek ?? 0,
      verdicts: verdictCounts.find((v) => v.reviewerId === m.userId)?._count._all ?? 0,
      notes: noteCounts.find((n) => n.authorId === m.userId)?._count._all ?? 0,
    }))
    .sort((a, b) => b.openAssignments - a.openAssignments || a.name.localeCompare(b.name));
  const agreementScale = scale
    .filter((r) => ratingById.has(r.id))
    .map((r) => ({ id: r.id, ordinal: r.ordinal, position: r.position }));
  const months = [...new Set(verdicts.map((v) => v.submittedAt.toISOString().slice(0, 7)))].sort();
  return {
    claimsByStatus,
    claimsByFinalRating,
    workload,
    assignments: { ...assignments.total, weekStart: assignments.weekStart },
    agreement: summarizeAgreement({ verdicts, scale: agreementScale }),
    // Month by month: the verdicts submitted up to the end of each month (the figure as it stood then).
    agreementByMonth: months.map((month) => ({
      month,
      summary: summarizeAgreement({
        verdicts: verdicts.filter((v) => v.submittedAt.toISOString().slice(0, 7) <= month),
        scale: agreementScale,
      }),
    })),
    people: Object.fromEntries(members.map((m) => [m.userId, m.user.name])),
  };
}
