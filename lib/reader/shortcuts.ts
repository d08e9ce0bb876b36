// The reader's keyboard shortcuts: one list, read by the key handler and by the `?` sheet, so the
// sheet always says what the keys do.

export type ShortcutAction =
  | { type: "help" }
  | { type: "select"; granularity: "sentence" | "paragraph"; direction: 1 | -1 }
  | { type: "mark" }
  | { type: "claim"; direction: 1 | -1 }
  | { type: "rate"; position: number }
  | { type: "submit" }
  | { type: "note" }
  | { type: "source" }
  | { type: "escape" };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What the keys do, as the `?` sheet lists them. */
export const SHORTCUTS: readonly { keys: string[]; what: string }[] = [
  { keys: ["?"], what: "Show these shortcuts" },
  { keys: ["S"], what: "Select the sentence at the caret; press again for the next one (Shift+S: the one before)" },
  { keys: ["P"], what: "Select the paragraph at the caret; press again for the next one (Shift+P: the one before)" },
  { keys: ["Shift", "←/→/↑/↓"], what: "In the text: extend the selection (with Ctrl or Alt: by word)" },
  { keys: ["M"], what: "Mark the selection as a claim (also C, or Enter on “Mark as claim”)" },
  { keys: ["J"], what: "Open the next claim in reading order" },
  { keys: ["K"], what: "Open the previous claim" },
  {
    keys: ["1", "…", "9"],
    what: "Choose that rating in your verdict (1 is the first rating), then type your confidence",
  },
  { keys: ["Ctrl", "Enter"], what: "Submit the form you are in, or your verdict (⌘ Enter on a Mac)" },
  { keys: ["N"], what: "Write a note on the open claim" },
  { keys: ["A"], what: "Add a source to the open claim" },
  { keys: ["Esc"], what: "Clear the selection; press again to close the claim" },
];

/**
 * The action for a key press, or null when the key is not a shortcut. While the person types in
 * a field (`typing`) only Ctrl/⌘+Enter counts, and keys with Ctrl, ⌘ or Alt are left to the browser.
 */
export function shortcutFor(press: KeyPress, typing: boolean): ShortcutAction | null {
  if (press.key === "Enter" && (press.ctrlKey || press.metaKey) && !press.altKey) return { type: "submit" };
  if (typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key;
  if (key === "?") return { type: "help" };
  if (key === "Escape") return { type: "escape" };
  if (/^[1-9]$/.test(key)) return { type: "rate", position: Number(key) };
  switch (key.toLowerCase()) {
    case "s":
      return { type: "select", granularity: "sentence", direction: press.shiftKey ? -1 : 1 };
    case "p":
      return { type: "select", granularity: "paragraph", direction: press.shiftKey ? -1 : 1 };
    case "m":
    case "c":
      return press.shiftKey ? null : { type: "mark" };
    case "j":
      return press.shiftKey ? null : { type: "claim", direction: 1 };
    case "k":
      return press.shiftKey ? null : { type: "claim", direction: -1 };
    case "n":
      return press.shiftKey ? null : { type: "note" };
    case "a":
      return press.shiftKey ? null : { type: "source" };
    default:
      return null;
  }
}

const NOT_TYPING = new Set(["button", "checkbox", "radio", "submit", "reset", "image", "file", "color", "range"]);

/** Whether keys pressed on `element` are typing (a text field, a select, an editable element). */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NOT_TYPING.has(((element as HTMLInputElement).type || "text").toLowerCase());
  return (element as HTMLElement).isContentEditable === true;
}
