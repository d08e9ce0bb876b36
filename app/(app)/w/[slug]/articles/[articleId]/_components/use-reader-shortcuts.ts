"use client";

// The reader's keyboard shortcuts (listed in lib/reader/shortcuts.ts and on the `?` sheet), on the
// whole page: one listener, which leaves typing in fields alone and never acts while a dialog is open.
import { useEffect, useRef, type RefObject } from "react";
import type { RevisionBlock } from "@/lib/articles/revision-blocks";
import { CodePointIndex } from "@/lib/anchoring";
import { isTypingTarget, shortcutFor, type ShortcutAction } from "@/lib/reader/shortcuts";
import { pickUnit, textUnits, type TextGranularity, type TextUnit } from "@/lib/reader/text-units";
import { readingPosition, readSelection, selectCodePoints, type TextSelection } from "./selection-offsets";

export interface ReaderShortcutOptions {
  textRoot: RefObject<HTMLDivElement | null>;
  text: string;
  blocks: RevisionBlock[];
  /** Claims that j and k walk through, in reading order. */
  claimOrder: string[];
  selectedId: string | null;
  canMark: boolean;
  onMark: (selection: TextSelection) => void;
  onOpenClaim: (id: string) => void;
  onCloseClaim: () => void;
  onHelp: () => void;
}

/** The claim panel's control named `name` in its section (by heading id), found as a person finds it: by its words. */
function controlIn(headingId: string, selector: string, name: string): HTMLElement | null {
  const section = document.querySelector(`section[aria-labelledby="${headingId}"]`);
  const control = [...(section?.querySelectorAll<HTMLElement>(selector) ?? [])].find(
    (element) => element.textContent?.trim() === name,
  );
  if (!(control instanceof HTMLLabelElement)) return control ?? null;
  return control.htmlFor ? document.getElementById(control.htmlFor) : null;
}

export function useReaderShortcuts(options: ReaderShortcutOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const units = useRef(new Map<TextGranularity, TextUnit[]>());
  useEffect(() => {
    units.current.clear();
  }, [options.text, options.blocks]);

  useEffect(() => {
    function unitsOf(granularity: TextGranularity): TextUnit[] {
      let found = units.current.get(granularity);
      if (!found) {
        const { text, blocks } = latest.current;
        found = textUnits(new CodePointIndex(text), blocks, granularity, document.documentElement.lang || undefined);
        units.current.set(granularity, found);
      }
      return found;
    }

    // Returns false when the key did nothing here, so the browser keeps its default.
    function perform(action: ShortcutAction): boolean {
      const o = latest.current;
      const root = o.textRoot.current;
      switch (action.type) {
        case "help":
          o.onHelp();
          return true;
        case "select": {
          if (!root) return false;
          const selected = readSelection(root);
          const unit = pickUnit(unitsOf(action.granularity), readingPosition(root), selected, action.direction);
          if (!unit) return false;
          root.focus({ preventScroll: true });
          if (!selectCodePoints(root, unit.start, unit.end)) return false;
          window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: "nearest" });
          return true;
        }
        case "mark": {
          // The selection as it is now: selectionchange arrives after the key that changed it.
          const selection = root && o.canMark ? readSelection(root) : null;
          if (!selection) return false;
          o.onMark(selection);
          return true;
        }
        case "claim": {
          const at = o.selectedId ? o.claimOrder.indexOf(o.selectedId) : -1;
          const next =
            at === -1
              ? action.direction === 1
                ? o.claimOrder[0]
                : o.claimOrder.at(-1)
              : o.claimOrder[at + action.direction];
          if (!next) return false;
          o.onOpenClaim(next);
          return true;
        }
        case "rate": {
          const radios = document.querySelectorAll<HTMLInputElement>(
            'form[aria-label="Your verdict"] input[name="ratingId"]',
          );
          const radio = radios[action.position - 1];
          if (!radio) return false;
          radio.click(); // checks it and fires the change the form's draft listens to
          // Confidence has no default: the reviewer types it next, then Ctrl+Enter submits.
          const confidence = radio.form?.querySelector<HTMLInputElement>('input[name="confidence"]');
          if (confidence && confidence.value === "") confidence.focus();
          else radio.focus();
          return true;
        }
        case "submit": {
          const active = document.activeElement;
          const form =
            (active instanceof HTMLElement ? active.closest("form") : null) ??
            document.querySelector<HTMLFormElement>('form[aria-label="Your verdict"]');
          if (!form) return false;
          form.requestSubmit();
          return true;
        }
        case "note": {
          const composer = controlIn("notes-heading", "label", "Add a note");
          if (!composer) return false;
          composer.focus();
          return true;
        }
        case "source": {
          const button = controlIn("sources-heading", "button", "Add source");
          const section = button?.closest("section");
          if (!button || !section) return false;
          button.click();
          // The form appears on the next render; its first field takes the focus.
          requestAnimationFrame(() => section.querySelector<HTMLInputElement>("form input")?.focus());
          return true;
        }
        case "escape": {
          const selection = window.getSelection();
          if (root && selection && !selection.isCollapsed && root.contains(selection.anchorNode)) {
            selection.removeAllRanges();
            return true;
          }
          if (!o.selectedId) return false;
          o.onCloseClaim();
          return true;
        }
      }
    }

    function onKeyDown(event: KeyboardEvent) {
      // A field's own Ctrl+Enter (the note composer's) already ran; a dialog has keys of its own.
      if (event.defaultPrevented || event.isComposing || document.querySelector("dialog[open]")) return;
      const action = shortcutFor(event, isTypingTarget(event.target instanceof Element ? event.target : null));
      if (action && perform(action)) event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
