// Sentences and paragraphs of an article as code-point ranges, for the reader's `s` and `p` keys:
// select the sentence (or paragraph) at the caret, and step to the next or previous one.
// Sentence boundaries come from the browser's and Node's Intl.Segmenter (Unicode UAX #29).
import type { RevisionBlock } from "@/lib/articles/revision-blocks";
import { CodePointIndex } from "@/lib/anchoring";
import { countCodePoints } from "@/lib/text/code-points";

export type TextUnit = { start: number; end: number };
export type TextGranularity = "sentence" | "paragraph";

/** The sentences or paragraphs of `text` in reading order, without surrounding white space. */
export function textUnits(
  text: string | CodePointIndex,
  blocks: RevisionBlock[],
  granularity: TextGranularity,
  locale?: string,
): TextUnit[] {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  const segmenter = granularity === "sentence" ? new Intl.Segmenter(locale, { granularity: "sentence" }) : null;
  const units: TextUnit[] = [];
  for (const block of blocks) {
    const content = index.slice(block.start, block.end);
    const pieces = segmenter ? [...segmenter.segment(content)] : [{ segment: content, index: 0 }];
    let at = block.start;
    for (const piece of pieces) {
      const length = countCodePoints(piece.segment);
      const leading = countCodePoints(/^\s*/u.exec(piece.segment)![0]);
      const trailing = countCodePoints(/\s*$/u.exec(piece.segment)![0]);
      if (leading < length) units.push({ start: at + leading, end: at + length - trailing });
      at += length;
    }
  }
  return units;
}

/**
 * The unit to select next. When `selection` is exactly one unit, the one after it (`direction` 1)
 * or before it (-1), staying put at either end; otherwise the unit at `position` (a caret or the
 * start of a selection), or the first one after it when it sits between units.
 */
export function pickUnit(
  units: TextUnit[],
  position: number,
  selection: TextUnit | null,
  direction: 1 | -1 = 1,
): TextUnit | null {
  if (!units.length) return null;
  const exact = selection ? units.findIndex((u) => u.start === selection.start && u.end === selection.end) : -1;
  if (exact >= 0) return units[Math.min(units.length - 1, Math.max(0, exact + direction))]!;
  return units.find((u) => position < u.end) ?? units.at(-1)!;
}
