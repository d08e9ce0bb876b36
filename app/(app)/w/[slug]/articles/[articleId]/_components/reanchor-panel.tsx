"use client";

// Claims an edit orphaned: the words they were on are gone. Each shows its old text and the new
// text about where it stood, side by side, and can be re-attached to a selection in the article.
import { Button } from "@/components/ui/button";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";
import { textThereNow } from "@/lib/reader/text-there-now";
import type { TextSelection } from "./selection-offsets";

export function ReanchorPanel({
  orphans,
  nearbyText,
  selection,
  canReattach,
  pending,
  error,
  onReattach,
  onOpen,
}: {
  orphans: ClaimSummary[];
  nearbyText: (claim: ClaimSummary) => string;
  selection: TextSelection | null;
  canReattach: boolean;
  pending: boolean;
  error: string | null;
  onReattach: (claim: ClaimSummary) => void;
  onOpen: (id: string) => void;
}) {
  if (orphans.length === 0)
    return <p className="text-sm text-stone-600">Every claim is anchored in the current text.</p>;
  return (
    <div className="space-y-3">
      <p className="text-xs text-stone-600">
        An edit removed the words these claims were on. Their notes, sources and verdicts are kept. Select the text each
        one belongs to now, then re-attach it.
      </p>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
      <ul className="space-y-3" aria-label="Claims that need re-anchoring">
        {orphans.map((claim) => {
          const now = textThereNow(claim.exact, nearbyText(claim));
          return (
            <li key={claim.id} className="rounded-md border border-amber-300 bg-amber-50 p-2.5 text-sm">
              <div className="grid gap-2 sm:grid-cols-2">
                <div>
                  <p className="text-xs font-medium text-stone-600">Was</p>
                  <p className="font-serif text-ink line-through decoration-amber-600/60">{claim.exact}</p>
                </div>
                <div>
                  <p className="text-xs font-medium text-stone-600">Text there now</p>
                  {now.related ? (
                    <p className="font-serif text-stone-700">{now.text}</p>
                  ) : (
                    <p className="text-xs text-stone-700">
                      Nothing like it: the passage seems to have been deleted. Select where the claim belongs, if
                      anywhere.
                    </p>
                  )}
                </div>
              </div>
              <div className="mt-2 flex flex-wrap gap-2">
                {canReattach ? (
                  <Button
                    size="sm"
                    disabled={!selection || pending}
                    onClick={() => onReattach(claim)}
                    onMouseDown={(event) => event.preventDefault()}
                  >
                    {selection ? "Re-attach to the selected text" : "Select text in the article to re-attach"}
                  </Button>
                ) : null}
                <Button size="sm" variant="ghost" onClick={() => onOpen(claim.id)}>
                  Open claim
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
