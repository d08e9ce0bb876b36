// The claims a reviewer confirmed as the same as this one (its family), each with what was found
// on it: its final verdict (every reader sees it, as on the claim's own page), the reviewers'
// submitted verdicts as blind review lets this reader see them (verdict-visibility.ts), and its
// sources. The reader opens the family from "Already checked?" to reuse that work.
import type { Actor } from "../auth/actor";
import type { ClaimStatus } from "../claims/claim-status";
import { claimNotFound } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { assertCan, can } from "../permissions/can";
import { visibleVerdictsWhere, verdictVisibility } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";

export interface FamilyMember {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  status: ClaimStatus;
  finalVerdict: { rating: { label: string; color: string }; summary: string; published: boolean } | null;
  /** Reviewers' submitted verdicts this reader may see. */
  verdicts: { reviewer: string; rating: { label: string; color: string }; confidence: number; rationale: string }[];
  /** Submitted verdicts blind review hides from this reader (they submit their own on that claim to see them). */
  hiddenVerdicts: number;
  sources: { id: string; title: string; url: string; publisher: string | null; stance: string }[];
}

export interface ClaimFamily {
  /** null while the claim belongs to no family. */
  familyId: string | null;
  /** The other claims of the family, oldest first. */
  members: FamilyMember[];
  /** Whether this reader may confirm "same claim as …" or undo it. */
  canLink: boolean;
  /** Whether this reader may start this claim's final verdict from a family member's (and none is set yet). */
  canStartFinalVerdict: boolean;
}

export async function getClaimFamily(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string },
): Promise<ClaimFamily> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: { id: true, familyId: true, finalVerdict: { select: { id: true } } },
  });
  if (!claim) throw claimNotFound();
  const canLink = can(member, "claim.family");
  const canStartFinalVerdict = !claim.finalVerdict && can(member, "final_verdict.set");
  if (!claim.familyId) return { familyId: null, members: [], canLink, canStartFinalVerdict };
  const visibility = verdictVisibility(member, await getWorkspaceSettings(db, options.workspaceId));
  const rows = await db.claim.findMany({
    where: { familyId: claim.familyId, workspaceId: options.workspaceId, id: { not: claim.id } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      articleId: true,
      exact: true,
      status: true,
      article: { select: { title: true } },
      finalVerdict: { select: { summary: true, published: true, rating: { select: { label: true, color: true } } } },
      sources: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, url: true, publisher: true, stance: true },
      },
      verdicts: {
        where: { AND: [visibleVerdictsWhere(member, visibility), { submittedAt: { not: null } }] },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: {
          confidence: true,
          rationale: true,
          reviewer: { select: { name: true } },
          rating: { select: { label: true, color: true } },
        },
      },
      _count: { select: { verdicts: { where: { submittedAt: { not: null } } } } },
    },
  });
  return {
    familyId: claim.familyId,
    canLink,
    canStartFinalVerdict,
    members: rows.map((row) => ({
      claimId: row.id,
      articleId: row.articleId,
      articleTitle: row.article.title,
      exact: row.exact,
      status: row.status as ClaimStatus,
      finalVerdict: row.finalVerdict,
      verdicts: row.verdicts.map((v) => ({
        reviewer: v.reviewer.name,
        rating: v.rating,
        confidence: v.confidence,
        rationale: v.rationale,
      })),
      hiddenVerdicts: row._count.verdicts - row.verdicts.length,
      sources: row.sources,
    })),
  };
}
