"use client";

import { useCallback, useState, useTransition } from "react";
import type { ArticleSuggestion } from "@/lib/claim-suggestions/list-article-suggestions";
import { createClaimAction, dismissSuggestionAction, listSuggestionsAction } from "../actions";

/** Loads the article's claim suggestions on demand; accepting makes a claim, dismissing hides it. */
export function useSuggestions(workspaceId: string, articleId: string, onAccepted: (claimId: string) => void) {
  const [suggestions, setSuggestions] = useState<ArticleSuggestion[] | null>(null);
  const [revisionId, setRevisionId] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const load = useCallback(() => {
    startTransition(async () => {
      const result = await listSuggestionsAction(workspaceId, articleId);
      if (result.ok) {
        setSuggestions(result.data.suggestions);
        setRevisionId(result.data.revisionId);
      } else setError(result.error);
    });
  }, [workspaceId, articleId]);

  /** Moves focus to the next suggestion (or the previous); says whether there was one. */
  const focusNext = (hash: string) => {
    const items = [...document.querySelectorAll<HTMLElement>("[data-suggestion-item]")];
    const index = items.findIndex((item) => item.dataset.suggestionItem === hash);
    const next = items[index + 1] ?? items[index - 1];
    if (next) requestAnimationFrame(() => next.focus());
    return Boolean(next);
  };

  // After the last suggestion goes, focus lands on the message that says so, not on the page's body.
  const remove = (hash: string, focusDone: boolean) => {
    setSuggestions((current) => current?.filter((s) => s.hash !== hash) ?? null);
    if (focusDone) requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-suggestions-done]")?.focus());
  };

  const accept = (suggestion: ArticleSuggestion) => {
    if (!revisionId) return;
    const focusDone = !focusNext(suggestion.hash);
    startTransition(async () => {
      const result = await createClaimAction(workspaceId, articleId, {
        revisionId,
        start: suggestion.start,
        end: suggestion.end,
      });
      if (!result.ok) return setError(result.error);
      remove(suggestion.hash, focusDone);
      onAccepted(result.data.id);
    });
  };

  const dismiss = (suggestion: ArticleSuggestion) => {
    const focusDone = !focusNext(suggestion.hash);
    startTransition(async () => {
      const result = await dismissSuggestionAction(workspaceId, articleId, suggestion.text);
      if (!result.ok) return setError(result.error);
      remove(suggestion.hash, focusDone);
    });
  };

  return { suggestions, active, setActive, error, pending, load, accept, dismiss };
}
