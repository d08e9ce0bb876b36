// Claims are stored as code-point ranges, but a reader sees graphemes: a flag is two code points,
// a letter with a combining accent two or more. A range that splits one quotes half a flag or an
// accent without its letter, so ranges are widened to the grapheme boundaries around them.
import { countCodePoints, utf16OffsetsOf } from "./code-points";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The smallest range of whole graphemes holding [start, end) (code points). Only the lines around
 * the ends are segmented: no grapheme spans a line feed (Unicode's rules always break after one).
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  const units = utf16OffsetsOf(text, [start, end]);
  const start16 = units.get(start)!;
  const end16 = units.get(end)!;
  const from = start16 > 0 ? text.lastIndexOf("\n", start16 - 1) + 1 : 0;
  const lineEnd = text.indexOf("\n", end16);
  const to = lineEnd === -1 ? text.length : lineEnd + 1;
  let snappedStart = from;
  let snappedEnd = to;
  for (const { index } of segmenter.segment(text.slice(from, to))) {
    const boundary = from + index;
    if (boundary <= start16) snappedStart = boundary;
    if (boundary >= end16) {
      snappedEnd = boundary;
      break;
    }
  }
  return {
    start: start - countCodePoints(text.slice(snappedStart, start16)),
    end: end + countCodePoints(text.slice(end16, snappedEnd)),
  };
}
