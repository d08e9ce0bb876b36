"use client";

// Claim suggestions: sentences Margin thinks hold checkable claims, with the reasons. A focused
// suggestion is accepted with A (it becomes a claim) or dismissed with D. One that is likely the
// same claim as a claim with a final verdict carries an "Already checked" badge linking to it.
import { useParams } from "next/navigation";
import type { KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ArticleSuggestion } from "@/lib/claim-suggestions/list-article-suggestions";

export function SuggestionPanel({
  suggestions,
  activeHash,
  canAct,
  pending,
  onAccept,
  onDismiss,
  onFocus,
}: {
  suggestions: ArticleSuggestion[] | null;
  activeHash: string | null;
  canAct: boolean;
  pending: boolean;
  onAccept: (suggestion: ArticleSuggestion) => void;
  onDismiss: (suggestion: ArticleSuggestion) => void;
  onFocus: (suggestion: ArticleSuggestion) => void;
}) {
  const { slug } = useParams<{ slug: string }>();
  if (!suggestions) return <p className="text-sm text-stone-600">Reading the article…</p>;
  if (suggestions.length === 0)
    return (
      <p className="text-sm text-stone-600" tabIndex={-1} data-suggestions-done>
        No more suggestions: every likely claim is marked or dismissed.
      </p>
    );
  const keys = (suggestion: ArticleSuggestion) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!canAct || pending || event.target !== event.currentTarget) return;
    if (event.key === "a" || event.key === "A") {
      event.preventDefault();
      onAccept(suggestion);
    }
    if (event.key === "d" || event.key === "D") {
      event.preventDefault();
      onDismiss(suggestion);
    }
  };
  return (
    <div>
      <p className="mb-2 text-xs text-stone-600">
        Likely check-worthy sentences, best first.{" "}
        {canAct ? "Focus one and press A to accept it as a claim, D to dismiss it." : ""}
      </p>
      <ol className="space-y-1.5" aria-label="Claim suggestions">
        {suggestions.map((suggestion) => (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a focusable list item with A/D shortcuts; the same actions are buttons inside
          <li
            key={suggestion.hash}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable so the A/D shortcuts can act on it
            tabIndex={0}
            data-suggestion-item={suggestion.hash}
            onKeyDown={keys(suggestion)}
            onFocus={() => onFocus(suggestion)}
            aria-label={`Suggestion, score ${Math.round(suggestion.score * 100)}%: ${suggestion.text}`}
            className={`rounded-md border bg-white p-2.5 text-sm ${activeHash === suggestion.hash ? "border-violet-500" : "border-stone-200"}`}
          >
            <p className="font-serif text-ink">{suggestion.text}</p>
            {suggestion.alreadyChecked ? (
              <p className="mt-1 text-xs">
                <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-medium text-emerald-900">
                  Already checked
                </span>{" "}
                <a
                  className="text-ink underline decoration-stone-300 hover:decoration-ink focus-visible:outline-2"
                  href={`/w/${slug}/articles/${suggestion.alreadyChecked.articleId}?claim=${encodeURIComponent(suggestion.alreadyChecked.claimId)}`}
                >
                  {suggestion.alreadyChecked.rating.label}: “{suggestion.alreadyChecked.exact}” in{" "}
                  {suggestion.alreadyChecked.articleTitle}
                </a>
              </p>
            ) : null}
            <p className="mt-1 text-xs text-stone-600">
              <span className="font-medium text-violet-800">{Math.round(suggestion.score * 100)}%</span>{" "}
              {suggestion.reasons
                .filter((r) => r.weight > 0)
                .map((r) => r.label)
                .join(" · ")}
              {suggestion.reasons.some((r) => r.weight < 0) ? (
                <span className="text-stone-500">
                  {" "}
                  · but{" "}
                  {suggestion.reasons
                    .filter((r) => r.weight < 0)
                    .map((r) => r.label)
                    .join(", ")}
                </span>
              ) : null}
            </p>
            {canAct ? (
              <div className="mt-1.5 flex gap-2">
                <Button size="sm" variant="secondary" disabled={pending} onClick={() => onAccept(suggestion)}>
                  Accept<span className="sr-only"> as a claim</span> <kbd className="text-xs text-stone-500">A</kbd>
                </Button>
                <Button size="sm" variant="ghost" disabled={pending} onClick={() => onDismiss(suggestion)}>
                  Dismiss <kbd className="text-xs text-stone-500">D</kbd>
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
