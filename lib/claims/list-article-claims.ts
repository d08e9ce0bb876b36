// The claims of an article for the reader's highlights and side panel: positions, status, counts,
// tags, who worked on each and who it is assigned to. Never verdict ratings (blind review):
// only the final verdict's colour, which is an editor's settled decision.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { ClaimStatus } from "./claim-status";
import { articleClaimsQuerySchema } from "./schemas";

export interface ClaimSummary {
  id: string;
  revisionId: string;
  start: number;
  end: number;
  exact: string;
  status: ClaimStatus;
  anchorState: string;
  anchorConfidence: number;
  /** Set when an edit changed the words of its published final verdict (which was unpublished). */
  needsReviewReason: string | null;
  version: number;
  createdAt: string;
  createdBy: { id: string; name: string };
  tags: string[];
  noteCount: number;
  sources: { supports: number; refutes: number; context: number };
  finalRating: { label: string; color: string; published: boolean } | null;
  contributorIds: string[];
  assigneeIds: string[];
}

export async function listArticleClaims(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input?: unknown },
): Promise<ClaimSummary[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const ids = articleClaimsQuerySchema.parse(options.input ?? {}).ids?.split(",");
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true },
  });
  if (!article) throw new AppError("not_found", "Article not found.");
  const where = { articleId: article.id, ...(ids ? { id: { in: ids } } : {}) };
  const [claims, sourceStances, noteAuthors, verdictAuthors, assignments] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ start: "asc" }, { end: "desc" }],
      select: {
        id: true,
        revisionId: true,
        start: true,
        end: true,
        exact: true,
        status: true,
        anchorState: true,
        anchorConfidence: true,
        needsReviewReason: true,
        version: true,
        createdAt: true,
        createdBy: { select: { id: true, name: true } },
        tags: { select: { tag: { select: { name: true } } } },
        finalVerdict: { select: { published: true, rating: { select: { label: true, color: true } } } },
      },
    }),
    db.source.groupBy({ by: ["claimId", "stance"], where: { claim: where }, _count: { _all: true } }),
    // Also the note counts: Prisma's relation `_count` grouped the whole Note table on every page.
    db.note.groupBy({ by: ["claimId", "authorId"], where: { claim: where, deletedAt: null }, _count: { _all: true } }),
    db.verdict.groupBy({ by: ["claimId", "reviewerId"], where: { claim: where } }),
    db.assignment.findMany({
      where: {
        articleId: article.id,
        completedAt: null,
        withdrawnAt: null,
        // The article's own assignments count for every claim.
        ...(ids ? { OR: [{ claimId: null }, { claimId: { in: ids } }] } : {}),
      },
      select: { claimId: true, assigneeId: true },
    }),
  ]);
  const stances = new Map<string, ClaimSummary["sources"]>();
  for (const row of sourceStances) {
    const entry = stances.get(row.claimId) ?? { supports: 0, refutes: 0, context: 0 };
    if (row.stance === "supports" || row.stance === "refutes" || row.stance === "context")
      entry[row.stance] = row._count._all;
    stances.set(row.claimId, entry);
  }
  const noteCounts = new Map<string, number>();
  for (const row of noteAuthors) noteCounts.set(row.claimId, (noteCounts.get(row.claimId) ?? 0) + row._count._all);
  const contributors = new Map<string, Set<string>>();
  for (const row of [
    ...noteAuthors.map((n) => [n.claimId, n.authorId] as const),
    ...verdictAuthors.map((v) => [v.claimId, v.reviewerId] as const),
  ]) {
    const set = contributors.get(row[0]) ?? new Set<string>();
    set.add(row[1]);
    contributors.set(row[0], set);
  }
  const articleAssignees = assignments.filter((a) => a.claimId === null).map((a) => a.assigneeId);
  return claims.map((claim) => ({
    id: claim.id,
    revisionId: claim.revisionId,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    status: claim.status as ClaimStatus,
    anchorState: claim.anchorState,
    anchorConfidence: claim.anchorConfidence,
    needsReviewReason: claim.needsReviewReason,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    createdBy: claim.createdBy,
    tags: claim.tags.map((t) => t.tag.name).sort(),
    noteCount: noteCounts.get(claim.id) ?? 0,
    sources: stances.get(claim.id) ?? { supports: 0, refutes: 0, context: 0 },
    finalRating: claim.finalVerdict ? { ...claim.finalVerdict.rating, published: claim.finalVerdict.published } : null,
    contributorIds: [...(contributors.get(claim.id) ?? [])],
    assigneeIds: [
      ...new Set([...articleAssignees, ...assignments.filter((a) => a.claimId === claim.id).map((a) => a.assigneeId)]),
    ],
  }));
}
