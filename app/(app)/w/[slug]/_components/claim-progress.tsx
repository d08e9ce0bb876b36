import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";
import { STATUS_LOOKS } from "@/lib/reader/claim-look";

/**
 * An article's progress: a bar split by claim status (the reader's colours, with the status
 * symbols in the words beside it, so it does not rely on colour) and the counts in words.
 */
export function ClaimProgress({ counts }: { counts: Record<ClaimStatus, number> }) {
  const total = CLAIM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return <p className="mt-1 text-xs text-stone-600">No claims yet</p>;
  const words = CLAIM_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${STATUS_LOOKS[status].symbol} ${counts[status]} ${CLAIM_STATUS_LABELS[status].toLowerCase()}`)
    .join(" · ");
  return (
    <div className="mt-1.5 max-w-md">
      <div className="flex h-2 overflow-hidden rounded-full border border-stone-300 bg-stone-100" aria-hidden>
        {CLAIM_STATUSES.map((status) =>
          counts[status] ? (
            <span
              key={status}
              style={{ width: `${(100 * counts[status]) / total}%`, background: STATUS_LOOKS[status].underline }}
            />
          ) : null,
        )}
      </div>
      <p className="mt-0.5 text-xs text-stone-700">
        <span className="sr-only">Progress: </span>
        {words}
      </p>
    </div>
  );
}
