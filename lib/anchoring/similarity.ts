// String similarity for anchoring, on UTF-16 units (surrogate pairs compare consistently, so an
// astral character costs two units on both sides).
import search from "approx-string-match";

export function commonPrefixLength(a: string, b: string, aFrom = 0, bFrom = 0): number {
  const max = Math.min(a.length - aFrom, b.length - bFrom);
  let i = 0;
  while (i < max && a.charCodeAt(aFrom + i) === b.charCodeAt(bFrom + i)) i++;
  return i;
}

/** Length of the common tail of a[..aEnd) and b[..bEnd). */
export function commonSuffixLength(
  a: string,
  b: string,
  aEnd = a.length,
  bEnd = b.length,
  max = Math.min(aEnd, bEnd),
): number {
  let i = 0;
  while (i < max && a.charCodeAt(aEnd - 1 - i) === b.charCodeAt(bEnd - 1 - i)) i++;
  return i;
}

/**
 * Edit distance between `pattern` and the best-fitting start of `text` (the pattern's first unit
 * aligned to the text's first unit, the rest of the text free): how much of a claim's stored
 * context survives next to a candidate, even when words were inserted or dropped in it.
 * `reversed` compares from the ends instead (the context before a candidate). Beyond `limit` the
 * exact value is not needed: only cells within `limit` of the diagonal are computed (a cheaper
 * alignment can never leave that band), and any larger distance comes back as `limit + 1`.
 */
export function anchoredEditDistance(
  pattern: string,
  text: string,
  reversed = false,
  limit = Math.max(pattern.length, text.length),
): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  const over = limit + 1;
  const t = new Int32Array(n);
  for (let j = 0; j < n; j++) t[j] = text.charCodeAt(reversed ? n - 1 - j : j);
  // row[j] = distance of the pattern's first i units to the text's first j units, capped at `over`.
  const row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = Math.min(j, over);
  for (let i = 1; i <= m; i++) {
    const code = pattern.charCodeAt(reversed ? m - i : i - 1);
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    let diagonal = row[lo - 1]!;
    row[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    for (let j = lo; j <= hi; j++) {
      const up = row[j]!;
      let value = diagonal + (code === t[j - 1] ? 0 : 1);
      if (up + 1 < value) value = up + 1;
      if (row[j - 1]! + 1 < value) value = row[j - 1]! + 1;
      diagonal = up;
      row[j] = value > over ? over : value;
    }
  }
  let best = Math.min(m, over);
  for (let j = 0; j <= n; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

/** Levenshtein distance (two-row dynamic programming). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common (Levenshtein over the longer length). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * Evidence, 0..1, that a claim's stored context (prefix before it, or suffix after it) is what
 * surrounds a candidate. 1 when it is intact. An edited context counts by its edit distance, but
 * rescaled so that chance likeness counts nothing: two unrelated snippets of news prose are about
 * 40% alike by edit distance, so similarity 0.5 maps to 0 and 1 to 1. An empty stored context (the
 * claim was at the start or end of its text) counts fully at the same edge, half elsewhere.
 */
export function contextEvidence(expected: string, text: string, at: number, side: "before" | "after"): number {
  if (!expected) return (side === "before" ? at === 0 : at === text.length) ? 1 : 0.5;
  const n = expected.length;
  const kept =
    side === "before" ? commonSuffixLength(expected, text, n, at) : commonPrefixLength(expected, text, 0, at);
  if (kept === n) return 1;
  const exact = kept / n;
  // Room for insertions in the context: half as long again.
  const window =
    side === "before" ? text.slice(Math.max(0, at - Math.ceil(n * 1.5)), at) : text.slice(at, at + Math.ceil(n * 1.5));
  // Half the context edited or more counts nothing (below), so larger distances need not be exact.
  const approximate = 1 - anchoredEditDistance(expected, window, side === "before", Math.ceil(n / 2)) / n;
  return Math.max(exact, Math.min(0.95, Math.max(0, (approximate - 0.5) / 0.5)));
}

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of text[from, to) closest to `pattern` with at most `maxErrors` edits, or null.
 * Myers' bit-parallel algorithm (approx-string-match, the matcher Hypothesis's client uses) does
 * the alignment in O(window × pattern / 32); ties go to the longest match, so an edit at a claim's
 * edge stays inside the match. It reports only the fewest-error matches, so with `skipExact` exact
 * copies of the pattern are blanked out first: they must not hide an edited copy beside them.
 */
export function bestApproximateMatch(
  pattern: string,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
  skipExact = false,
): ApproximateMatch | null {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (pattern.length === 0 || hi <= lo) return null;
  let window = text.slice(lo, hi);
  if (skipExact && window.includes(pattern)) window = window.split(pattern).join("\u0000".repeat(pattern.length));
  let best: ApproximateMatch | null = null;
  for (const match of search(window, pattern, maxErrors)) {
    if (
      !best ||
      match.errors < best.errors ||
      (match.errors === best.errors && match.end - match.start > best.end - best.start)
    ) {
      best = { start: lo + match.start, end: lo + match.end, errors: match.errors };
    }
  }
  return best;
}
