// Maps the browser's selection inside the article to code-point offsets of the revision text.
// Every run of text is rendered as one element with data-cp (its first code point) holding a
// single text node, so a DOM point converts by counting code points inside that node.
import { countCodePoints } from "@/lib/text/code-points";

function runOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  return element?.closest<HTMLElement>("[data-cp]") ?? null;
}

function runEnd(run: HTMLElement): number {
  return Number(run.dataset.cp) + countCodePoints(run.textContent ?? "");
}

/** The code point at a DOM boundary point (node, offset) inside `root`, or null if outside. */
export function codePointAt(root: HTMLElement, node: Node, offset: number, edge: "start" | "end"): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runOf(node);
    if (!run) return null;
    return Number(run.dataset.cp) + countCodePoints((node as Text).data.slice(0, offset));
  }
  // An element boundary (e.g. a triple-click selects whole paragraphs): use the first run at or
  // after the point for a start, the last run at or before it for an end.
  const runs = root.querySelectorAll<HTMLElement>("[data-cp]");
  const point = document.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  if (edge === "start") {
    for (const run of runs) if (point.comparePoint(run, 0) >= 0) return Number(run.dataset.cp);
    const last = runs[runs.length - 1];
    return last ? runEnd(last) : null;
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    if (point.comparePoint(run, run.childNodes.length) <= 0) return runEnd(run);
  }
  const first = runs[0];
  return first ? Number(first.dataset.cp) : null;
}

export interface TextSelection {
  start: number;
  end: number;
  rect: { top: number; left: number; bottom: number; width: number };
}

/** The current selection as code points of the article, when it is inside `root` and not empty. */
export function readSelection(root: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = codePointAt(root, range.startContainer, range.startOffset, "start");
  const end = codePointAt(root, range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  const box = range.getBoundingClientRect();
  const origin = root.getBoundingClientRect();
  return {
    start,
    end,
    rect: {
      top: box.top - origin.top,
      left: box.left - origin.left,
      bottom: box.bottom - origin.top,
      width: box.width,
    },
  };
}

/** The DOM point (text node, offset) of a code point of the article, or null outside its runs. */
function domPointAt(root: HTMLElement, codePoint: number, edge: "start" | "end"): [Node, number] | null {
  const runs = [...root.querySelectorAll<HTMLElement>("[data-cp]")];
  // A point on the border of two runs belongs to the later run for a start, the earlier for an end.
  const run =
    edge === "start" ? runs.find((r) => codePoint < runEnd(r)) : runs.findLast((r) => codePoint > Number(r.dataset.cp));
  const node = run?.firstChild;
  if (!run || !node || node.nodeType !== Node.TEXT_NODE) return null;
  const offset = Math.max(0, codePoint - Number(run.dataset.cp));
  return [node, [...(node as Text).data].slice(0, offset).join("").length];
}

/** Selects code points [start, end) of the article, as a drag over them would. */
export function selectCodePoints(root: HTMLElement, start: number, end: number): boolean {
  const from = domPointAt(root, start, "start");
  const to = domPointAt(root, end, "end");
  const selection = window.getSelection();
  if (!from || !to || !selection) return false;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Where the reader is in the article: the caret or the start of the selection, else the first text in view. */
export function readingPosition(root: HTMLElement): number {
  const selection = window.getSelection();
  if (selection?.rangeCount) {
    const range = selection.getRangeAt(0);
    const at = codePointAt(root, range.startContainer, range.startOffset, "start");
    if (at !== null && root.contains(range.startContainer)) return at;
  }
  const runs = [...root.querySelectorAll<HTMLElement>("[data-cp]")];
  const inView = runs.find((run) => run.getBoundingClientRect().bottom > 0) ?? runs[0];
  return inView ? Number(inView.dataset.cp) : 0;
}
