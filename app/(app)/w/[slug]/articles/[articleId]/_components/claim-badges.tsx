import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/claim-status";
import { STATUS_LOOKS } from "@/lib/reader/claim-look";

/** The status with its symbol (the same as in the legend), so it does not rely on colour. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const look = STATUS_LOOKS[status];
  return (
    <span
      className="rounded px-1.5 py-0.5 font-medium"
      style={{ background: look.badgeBackground, color: look.badgeText }}
    >
      <span aria-hidden>{look.symbol} </span>
      {CLAIM_STATUS_LABELS[status]}
    </span>
  );
}

/** A claim whose published final verdict an edit unpublished; the reason is in its title. */
export function NeedsReviewBadge({ reason }: { reason: string }) {
  return (
    <span className="rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-800" title={reason}>
      Needs re-review
    </span>
  );
}

/** Sources by stance at a glance: ✓ supports, ✗ refutes, ⓘ context (with words for screen readers). */
export function StanceCounts({ sources }: { sources: { supports: number; refutes: number; context: number } }) {
  const total = sources.supports + sources.refutes + sources.context;
  if (total === 0) return <span>0 sources</span>;
  return (
    <span className="inline-flex gap-1.5">
      {sources.supports ? (
        <span className="text-green-800">
          <span aria-hidden>✓</span>
          {sources.supports}
          <span className="sr-only"> supporting</span>
        </span>
      ) : null}
      {sources.refutes ? (
        <span className="text-red-800">
          <span aria-hidden>✗</span>
          {sources.refutes}
          <span className="sr-only"> refuting</span>
        </span>
      ) : null}
      {sources.context ? (
        <span className="text-blue-800">
          <span aria-hidden>ⓘ</span>
          {sources.context}
          <span className="sr-only"> adding context</span>
        </span>
      ) : null}
      <span className="sr-only">sources</span>
    </span>
  );
}
