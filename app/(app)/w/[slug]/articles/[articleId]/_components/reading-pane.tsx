"use client";

// The article text as a selectable, keyboard-navigable region. Mouse and touch select as usual;
// with the keyboard, focus the text, move with the arrow keys, extend with Shift+arrows (Ctrl or
// Alt for words) or take a whole sentence or paragraph (S, P), then press M (or the button) to mark
// the selection as a claim. The page-wide keys are in use-reader-shortcuts.ts.
import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import type { RevisionBlock } from "@/lib/articles/revision-blocks";
import { claimForClick } from "@/lib/reader/highlight-segments";
import { claimIdsOfRun } from "@/lib/reader/highlight-keys";
import { ArticleText, HighlightStyles, type HighlightClaim } from "./article-text";
import { readSelection, type TextSelection } from "./selection-offsets";

const MOVES: Record<string, [direction: "forward" | "backward", granularity: "character" | "line" | "lineboundary"]> = {
  ArrowRight: ["forward", "character"],
  ArrowLeft: ["backward", "character"],
  ArrowDown: ["forward", "line"],
  ArrowUp: ["backward", "line"],
  End: ["forward", "lineboundary"],
  Home: ["backward", "lineboundary"],
};

type ModifiableSelection = Selection & { modify(alter: string, direction: string, granularity: string): void };

export function ReadingPane({
  textRef: root,
  text,
  blocks,
  claims,
  selectedId,
  canMark,
  marking,
  onSelectClaim,
  onMark,
  onSelectionChange,
  onSelectSuggestion,
}: {
  /** The text region, shared with the page's shortcuts. */
  textRef: RefObject<HTMLDivElement | null>;
  text: string;
  blocks: RevisionBlock[];
  claims: HighlightClaim[];
  selectedId: string | null;
  canMark: boolean;
  marking: boolean;
  onSelectClaim: (id: string | null) => void;
  onMark: (selection: TextSelection) => void;
  onSelectionChange?: (selection: TextSelection | null) => void;
  onSelectSuggestion?: (id: string) => void;
}) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);

  const update = useCallback(() => {
    if (!root.current) return;
    const current = readSelection(root.current);
    setSelection(current);
    onSelectionChange?.(current);
    const native = window.getSelection();
    if (
      native &&
      native.rangeCount &&
      native.isCollapsed &&
      root.current.contains(native.anchorNode) &&
      document.activeElement === root.current
    ) {
      const rect = native.getRangeAt(0).getClientRects()[0];
      const origin = root.current.getBoundingClientRect();
      setCaret(rect ? { top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height } : null);
    } else {
      setCaret(null);
    }
  }, [onSelectionChange, root]);

  useEffect(() => {
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [update]);

  function placeCaretIfNone(native: Selection) {
    if (native.rangeCount && root.current?.contains(native.anchorNode)) return;
    // Start at the first text in view: the beginning of the article when its top is visible.
    const visible = [...root.current!.querySelectorAll<HTMLElement>("[data-cp]")].find(
      (run) => run.getBoundingClientRect().top >= 0,
    );
    const first = visible?.firstChild;
    if (first) native.collapse(first, 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const native = window.getSelection() as ModifiableSelection | null;
    if (!native) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      placeCaretIfNone(native);
      const granularity = (event.ctrlKey || event.altKey) && move[1] === "character" ? "word" : move[1];
      native.modify(event.shiftKey ? "extend" : "move", move[0], granularity);
      native.focusNode?.parentElement?.scrollIntoView({ block: "nearest" });
    }
  }

  function onClick(event: React.MouseEvent<HTMLDivElement>) {
    if (readSelection(root.current!)) return; // a drag that selected text, not a click on a claim
    const suggestion = (event.target as HTMLElement).closest<HTMLElement>("[data-suggestion]");
    if (suggestion && onSelectSuggestion) return onSelectSuggestion(suggestion.dataset.suggestion!);
    const run = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claims]");
    if (!run) return;
    onSelectClaim(claimForClick(claimIdsOfRun(run.dataset.claims!, claims), selectedId));
  }

  let toolbar: ReactNode = null;
  if (selection && canMark) {
    // Above the selection, over the line just read, so the next line stays readable; below only
    // when the selection starts at the very top of the text.
    const above = selection.rect.top > 40;
    toolbar = (
      <div
        className={`no-print absolute z-10 -translate-x-1/2 ${above ? "-translate-y-full" : ""}`}
        style={{
          top: above ? selection.rect.top - 6 : selection.rect.bottom + 6,
          left: selection.rect.left + selection.rect.width / 2,
        }}
      >
        <button
          type="button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onMark(selection)}
          disabled={marking}
          className="rounded-md bg-ink px-3 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-stone-700"
        >
          {marking ? "Marking…" : "Mark as claim"} <kbd className="ml-1 rounded bg-stone-600 px-1 text-xs">M</kbd>
        </button>
      </div>
    );
  }

  return (
    <div className="relative">
      <HighlightStyles claims={claims} />
      {/* A focusable text region: keyboard users select text in it (see the instructions). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the region is the reader's text; clicks open claims, keys move the selection */}
      <div
        ref={root}
        role="region"
        aria-label="Article text"
        aria-describedby="reading-instructions"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={update}
        onBlur={() => setCaret(null)}
        className="space-y-4 rounded-md font-serif text-lg leading-relaxed text-ink focus-visible:outline-offset-8"
      >
        <ArticleText text={text} blocks={blocks} claims={claims} />
      </div>
      {caret ? (
        <span
          aria-hidden
          className="reader-caret pointer-events-none absolute w-0.5 bg-accent"
          style={{ top: caret.top, left: caret.left, height: caret.height }}
        />
      ) : null}
      {toolbar}
      <p id="reading-instructions" className="no-print mt-6 text-xs text-stone-500">
        Select text to mark a claim. Keyboard: S selects a sentence and P a paragraph (again for the next one), or focus
        the text and hold Shift with the arrow keys; then press M. J and K go to the next and previous claim; press ?
        for all shortcuts. Click a highlight to open its claim; click again to reach a claim around it.
      </p>
    </div>
  );
}
