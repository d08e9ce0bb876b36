import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";

export interface ClaimFilters {
  status: ClaimStatus | "";
  reviewerId: string;
  tag: string;
  assignedToMe: boolean;
  query: string;
}

export const NO_FILTERS: ClaimFilters = { status: "", reviewerId: "", tag: "", assignedToMe: false, query: "" };

export function isFiltering(filters: ClaimFilters): boolean {
  return Boolean(filters.status || filters.reviewerId || filters.tag || filters.assignedToMe || filters.query.trim());
}

export function matchesFilters(claim: ClaimSummary, filters: ClaimFilters, meId: string): boolean {
  if (filters.status && claim.status !== filters.status) return false;
  if (filters.reviewerId && !claim.contributorIds.includes(filters.reviewerId)) return false;
  if (filters.tag && !claim.tags.includes(filters.tag)) return false;
  if (filters.assignedToMe && !claim.assigneeIds.includes(meId)) return false;
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
