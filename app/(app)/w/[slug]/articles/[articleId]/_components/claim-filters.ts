import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";

/** A verdict filter value: a rating's label, or NO_VERDICT for claims without a final verdict. */
export const NO_VERDICT = "__none__";

export interface ClaimFilters {
  status: ClaimStatus | "";
  /** The final verdict's rating label, NO_VERDICT, or "" for any. */
  verdict: string;
  reviewerId: string;
  /** A member the claim (or its article) is assigned to, or "" for anyone. */
  assigneeId: string;
  tag: string;
  query: string;
}

export const NO_FILTERS: ClaimFilters = { status: "", verdict: "", reviewerId: "", assigneeId: "", tag: "", query: "" };

export function isFiltering(filters: ClaimFilters): boolean {
  return Boolean(
    filters.status ||
    filters.verdict ||
    filters.reviewerId ||
    filters.assigneeId ||
    filters.tag ||
    filters.query.trim(),
  );
}

export function matchesFilters(claim: ClaimSummary, filters: ClaimFilters): boolean {
  if (filters.status && claim.status !== filters.status) return false;
  if (filters.verdict === NO_VERDICT && claim.finalRating) return false;
  if (filters.verdict && filters.verdict !== NO_VERDICT && claim.finalRating?.label !== filters.verdict) return false;
  if (filters.reviewerId && !claim.contributorIds.includes(filters.reviewerId)) return false;
  if (filters.tag && !claim.tags.includes(filters.tag)) return false;
  if (filters.assigneeId && !claim.assigneeIds.includes(filters.assigneeId)) return false;
  const query = filters.query.trim().toLocaleLowerCase();
  if (
    query &&
    !claim.exact.toLocaleLowerCase().includes(query) &&
    !claim.tags.some((tag) => tag.toLocaleLowerCase().includes(query))
  ) {
    return false;
  }
  return true;
}
