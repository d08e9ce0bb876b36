import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { claimHighlight, STATUS_LOOKS } from "@/lib/reader/claim-look";

/** A sample of claim text as it is drawn in the article: highlight, underline pattern, symbol. */
function Swatch({ look }: { look: ReturnType<typeof claimHighlight> }) {
  return (
    <span
      aria-hidden
      className="inline-block rounded-sm px-1 font-serif"
      style={{
        // The washes are light in both colour schemes, so the sample text is always dark.
        color: "#1c1917",
        background: look.highlight,
        textDecorationLine: "underline",
        textDecorationStyle: look.pattern,
        textDecorationColor: look.underline,
        textDecorationThickness: "2px",
        textUnderlineOffset: "3px",
      }}
    >
      {look.symbol} Aa
    </span>
  );
}

/** What the highlights in the text mean: one entry per status, and the final verdicts' colours. */
export function ClaimLegend({ ratings }: { ratings: { label: string; color: string }[] }) {
  return (
    <details className="mb-3 rounded-md border border-stone-200 bg-white p-2 text-xs text-stone-700" open>
      <summary className="cursor-pointer font-medium">Legend</summary>
      <ul className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1.5" aria-label="Claim statuses in the text">
        {CLAIM_STATUSES.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <Swatch look={STATUS_LOOKS[status]} />
            <span>{CLAIM_STATUS_LABELS[status]}</span>
          </li>
        ))}
      </ul>
      {ratings.length ? (
        <>
          <p className="mt-2">A final claim takes its verdict&apos;s colour:</p>
          <ul className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1.5" aria-label="Final verdicts in the text">
            {ratings.map((rating) => (
              <li key={rating.label} className="flex items-center gap-1.5">
                <Swatch look={claimHighlight("final", rating.color)} />
                <span>{rating.label}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
