// Verdicts on one claim as `actor` may see them (see verdict-visibility.ts).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan, can } from "../permissions/can";
import { parseProvenance, type Provenance } from "../provenance/provenance";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";
import { publicFactCheckUrl } from "../public-site/public-urls";
import { canSeeOthersVerdicts, verdictVisibility } from "./verdict-visibility";

export interface VerdictView {
  id: string;
  reviewer: { id: string; name: string };
  rating: { id: string; label: string; color: string };
  confidence: number;
  rationale: string;
  sourceIds: string[];
  submittedAt: string | null;
  updatedAt: string;
  version: number;
  /** What an imported file said about the verdict's origin; null for verdicts given here. */
  provenance: Provenance | null;
}

export interface ClaimVerdicts {
  mine: VerdictView | null;
  /** Others' submitted verdicts, or null while blind review hides them from this reader. */
  others: VerdictView[] | null;
  /** How many others have submitted (shown even while hidden, so a reviewer knows they are not first). */
  othersSubmitted: number;
  canSubmit: boolean;
  blind: boolean;
  finalVerdict: {
    id: string;
    rating: { id: string; label: string; color: string };
    summary: string;
    published: boolean;
    publishedAt: string | null;
    /** The claim's words when the verdict was (last) published; null if never, or before Margin recorded them. */
    publishedExact: string | null;
    /** ClaimReview's short claimReviewed as the editor wrote it; null: the claim's quote. */
    claimReviewed: string | null;
    /** When it was first published (the public page's date), or null. */
    firstPublishedAt: string | null;
    /**
     * The public fact-check's address while the verdict is published and the workspace's public
     * site is on; else null. Relative (/fact-checks/...) when no origin was given.
     */
    publicUrl: string | null;
    editor: { id: string; name: string };
    updatedAt: string;
    version: number;
    provenance: Provenance | null;
  } | null;
  canSetFinal: boolean;
}

const verdictSelect = {
  id: true,
  confidence: true,
  rationale: true,
  submittedAt: true,
  updatedAt: true,
  version: true,
  provenance: true,
  reviewer: { select: { id: true, name: true } },
  rating: { select: { id: true, label: true, color: true } },
  sources: { select: { sourceId: true } },
} as const;

export async function listClaimVerdicts(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; origin?: string },
): Promise<ClaimVerdicts> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const workspace = await getWorkspaceSettings(db, options.workspaceId);
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: {
      id: true,
      finalVerdict: {
        select: {
          id: true,
          summary: true,
          published: true,
          publishedAt: true,
          publishedExact: true,
          claimReviewed: true,
          firstPublishedAt: true,
          updatedAt: true,
          version: true,
          provenance: true,
          rating: { select: { id: true, label: true, color: true } },
          editor: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!claim) throw new AppError("not_found", "Claim not found.");
  const visibility = verdictVisibility(member, workspace);
  const [mineRow, othersSubmitted] = await Promise.all([
    db.verdict.findUnique({
      where: { claimId_reviewerId: { claimId: claim.id, reviewerId: member.userId } },
      select: verdictSelect,
    }),
    db.verdict.count({ where: { claimId: claim.id, reviewerId: { not: member.userId }, submittedAt: { not: null } } }),
  ]);
  const seesOthers = canSeeOthersVerdicts(visibility, Boolean(mineRow?.submittedAt));
  const othersRows = seesOthers
    ? await db.verdict.findMany({
        where: { claimId: claim.id, reviewerId: { not: member.userId }, submittedAt: { not: null } },
        orderBy: { submittedAt: "asc" },
        select: verdictSelect,
      })
    : null;
  const view = (row: NonNullable<typeof mineRow>): VerdictView => ({
    id: row.id,
    reviewer: row.reviewer,
    rating: row.rating,
    confidence: row.confidence,
    rationale: row.rationale,
    sourceIds: row.sources.map((s) => s.sourceId),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    provenance: parseProvenance(row.provenance),
  });
  const final = claim.finalVerdict;
  return {
    mine: mineRow ? view(mineRow) : null,
    others: othersRows ? othersRows.map(view) : null,
    othersSubmitted,
    canSubmit: can(member, "verdict.submit", { ownerId: member.userId }),
    blind: workspace.blindReview,
    finalVerdict: final
      ? {
          ...final,
          publishedAt: final.publishedAt?.toISOString() ?? null,
          firstPublishedAt: final.firstPublishedAt?.toISOString() ?? null,
          publicUrl:
            final.published && workspace.publicSite
              ? publicFactCheckUrl(options.origin ?? "", workspace.slug, claim.id)
              : null,
          updatedAt: final.updatedAt.toISOString(),
          provenance: parseProvenance(final.provenance),
        }
      : null,
    canSetFinal: can(member, "final_verdict.set"),
  };
}
