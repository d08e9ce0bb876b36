"use client";

import { useState } from "react";
import { CLAIM_STATUS_CHOICES } from "@/lib/claims/claim-status";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";
import { isFiltering, NO_VERDICT, type ClaimFilters } from "./claim-filters";
import { NeedsReviewBadge, StanceCounts, StatusBadge } from "./claim-badges";
import { ClaimLegend } from "./claim-legend";
import { FilterSelect, type FilterChoice } from "@/components/ui/filter-select";

function claimCount(n: number): string {
  return `${n} claim${n === 1 ? "" : "s"}`;
}

/**
 * Claims listed at first, and added by each "Show more": a long article's thousand claims would
 * otherwise be most of its page's HTML, while the reader starts with the first ones and the text.
 */
export const CLAIM_LIST_PAGE = 30;

export function ClaimList({
  claims,
  visible,
  filters,
  onFilters,
  members,
  meId,
  ratings,
  tags,
  onOpen,
}: {
  claims: ClaimSummary[];
  visible: ClaimSummary[];
  filters: ClaimFilters;
  onFilters: (filters: ClaimFilters) => void;
  members: { id: string; name: string }[];
  meId: string;
  ratings: { label: string; color: string }[];
  tags: string[];
  onOpen: (id: string) => void;
}) {
  const [shown, setShown] = useState(CLAIM_LIST_PAGE);
  const more = Math.min(CLAIM_LIST_PAGE, visible.length - shown);
  const set = <K extends keyof ClaimFilters>(key: K, value: ClaimFilters[K]) => onFilters({ ...filters, [key]: value });
  const select = "w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm";
  // Claims that lost their place are listed under "Needs re-anchoring", not here: count what is listed.
  const listed = claims.filter((claim) => claim.anchorState !== "orphaned");
  const orphaned = claims.length - listed.length;
  const me = members.find((member) => member.id === meId);
  const others = members.filter((member) => member.id !== meId);
  const memberChoices = (list: typeof members) => list.map((member) => ({ value: member.id, label: member.name }));
  const choiceFilters: {
    key: Exclude<keyof ClaimFilters, "query">;
    label: string;
    any: string;
    choices: FilterChoice[];
  }[] = [
    { key: "status", label: "Status", any: "Any", choices: CLAIM_STATUS_CHOICES },
    {
      key: "verdict",
      label: "Final verdict",
      any: "Any",
      choices: [
        { value: NO_VERDICT, label: "None yet" },
        ...ratings.map((rating) => ({ value: rating.label, label: rating.label })),
      ],
    },
    { key: "reviewerId", label: "Reviewer", any: "Anyone", choices: memberChoices(members) },
    { key: "tag", label: "Tag", any: "Any", choices: tags.map((tag) => ({ value: tag, label: tag })) },
    {
      key: "assigneeId",
      label: "Assigned to",
      any: "Anyone",
      choices: [...(me ? [{ value: me.id, label: "Me" }] : []), ...memberChoices(others)],
    },
  ];
  return (
    <div>
      <ClaimLegend ratings={ratings} />
      <fieldset className="grid grid-cols-2 gap-2 border-b border-stone-200 pb-3">
        <legend className="sr-only">Filter claims</legend>
        <label className="col-span-2 text-xs font-medium text-stone-700">
          Search claims
          <input
            type="search"
            value={filters.query}
            onChange={(e) => set("query", e.target.value)}
            className={`${select} mt-0.5`}
            placeholder="Words in the quote or a tag"
          />
        </label>
        {choiceFilters.map(({ key, ...filter }) => (
          <FilterSelect
            key={key}
            value={filters[key]}
            onChange={(e) => set(key, e.target.value as ClaimFilters[typeof key])}
            labelClassName="text-xs font-medium text-stone-700"
            className={`${select} mt-0.5`}
            {...filter}
          />
        ))}
      </fieldset>
      <p className="mt-2 text-xs text-stone-600" aria-live="polite">
        {isFiltering(filters)
          ? `${visible.length} of ${listed.length} claims match; the others are dimmed in the text`
          : claimCount(listed.length)}
        {orphaned ? ` (and ${orphaned} needing re-anchoring)` : ""}
      </p>
      {visible.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">
          {listed.length
            ? "No claim matches these filters."
            : "No claims yet. Select a sentence in the text to mark the first one."}
        </p>
      ) : (
        <ol className="mt-2 space-y-1.5" aria-label="Claims in reading order">
          {visible.slice(0, shown).map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                onClick={() => onOpen(claim.id)}
                className="w-full rounded-md border border-stone-200 bg-white p-2.5 text-left hover:border-accent"
                data-claim-id={claim.id}
              >
                <span className="flex items-start gap-2">
                  <span
                    aria-hidden
                    className="mt-1 h-3 w-3 shrink-0 rounded-full border border-stone-300"
                    style={{ background: claim.finalRating?.color ?? "transparent" }}
                  />
                  <span className="line-clamp-3 font-serif text-sm text-ink">{claim.exact}</span>
                </span>
                <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
                  <StatusBadge status={claim.status} />
                  {claim.needsReviewReason ? <NeedsReviewBadge reason={claim.needsReviewReason} /> : null}
                  {claim.finalRating ? <span>{claim.finalRating.label}</span> : null}
                  <span>
                    {claim.noteCount} note{claim.noteCount === 1 ? "" : "s"}
                  </span>
                  <StanceCounts sources={claim.sources} />
                  {claim.anchorState === "orphaned" ? <span className="text-red-700">needs re-anchoring</span> : null}
                  {claim.tags.map((tag) => (
                    <span key={tag} className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">
                      #{tag}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {more > 0 ? (
        <button
          type="button"
          onClick={() => setShown(shown + CLAIM_LIST_PAGE)}
          className="mt-2 w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:border-accent"
        >
          Show {more} more claim{more === 1 ? "" : "s"} ({visible.length - shown} not shown)
        </button>
      ) : null}
    </div>
  );
}
