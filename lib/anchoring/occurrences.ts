// Finding exact occurrences of a piece of text, in all of it or only near some ranges of it (the
// diff path looks only around the text an edit added: scanning the whole text once per claim was
// most of its cost). Offsets are UTF-16.
import type { TextRange } from "./gram-index";

/** Occurrences of `piece` wholly inside text[from, to), pushed onto `out` until it holds `limit`. */
export function occurrencesIn(
  text: string,
  piece: string,
  from: number,
  to: number,
  limit: number,
  out: number[] = [],
): number[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo < piece.length) return out;
  // A slice of a flat string is a view: searching it copies nothing, and stops at its end.
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  for (let at = window.indexOf(piece); at !== -1 && out.length < limit; at = window.indexOf(piece, at + 1))
    out.push(lo + at);
  return out;
}

/**
 * Occurrences of `piece` wholly inside [range.start - lead, range.end + trail) for some of the
 * sorted, disjoint `ranges`, in text order, each once (windows that meet are searched as one).
 */
export function occurrencesAround(
  text: string,
  piece: string,
  ranges: readonly TextRange[],
  lead: number,
  trail: number,
  limit: number,
): number[] {
  const out: number[] = [];
  for (let k = 0; k < ranges.length && out.length < limit;) {
    const from = ranges[k]!.start - lead;
    let to = ranges[k]!.end + trail;
    for (k++; k < ranges.length && ranges[k]!.start - lead < to; k++) to = ranges[k]!.end + trail;
    occurrencesIn(text, piece, from, to, limit, out);
  }
  return out;
}
