// The unchanged stretches between two revisions of a text, for mapping positions exactly.
// Three passes, each only where the one before found a change: sentence-like chunks, then word
// tokens, then characters (common head and tail of a changed token run, so a typo fix keeps the
// rest of its word). Chunks and tokens are aligned by patience diff (patience.ts). Last, an
// insertion or deletion that could sit in several places (inserting "B. " after "A. B. " or before
// it) is slid to the nicest boundary, as diff-match-patch's semantic cleanup does, so that it does
// not split a neighbouring sentence.
import { diffIds, type Pairs } from "./patience";
import { commonPrefixLength, commonSuffixLength } from "./similarity";
import { sentenceChunks, wordTokens, type Units } from "./tokens";

/** old[oldStart, oldStart + length) equals new[newStart, newStart + length); UTF-16 offsets. */
export interface EqualSegment {
  oldStart: number;
  newStart: number;
  length: number;
}

type Push = (oldStart: number, newStart: number, length: number) => void;
type Pass = (
  oldText: string,
  aFrom: number,
  aTo: number,
  newText: string,
  bFrom: number,
  bTo: number,
  push: Push,
) => void;

/** Characters: the common head and tail of two changed stretches. */
const characterPass: Pass = (oldText, aFrom, aTo, newText, bFrom, bTo, push) => {
  const head = commonPrefixLength(oldText.slice(aFrom, aTo), newText.slice(bFrom, bTo));
  const tail = commonSuffixLength(oldText, newText, aTo, bTo, Math.min(aTo - aFrom, bTo - bFrom) - head);
  push(aFrom, bFrom, head);
  push(aTo - tail, bTo - tail, tail);
};

/** Aligns units of two stretches, recursing into `inner` for the stretches between equal units. */
function unitPass(
  split: (text: string, from: number, to: number, dictionary: Map<string, number>) => Units,
  inner: Pass,
): Pass {
  return (oldText, aFrom, aTo, newText, bFrom, bTo, push) => {
    if (aFrom >= aTo || bFrom >= bTo) return;
    const dictionary = new Map<string, number>();
    const a = split(oldText, aFrom, aTo, dictionary);
    const b = split(newText, bFrom, bTo, dictionary);
    const pairs: Pairs = [];
    diffIds(a.ids, 0, a.ids.length, b.ids, 0, b.ids.length, pairs);
    let ai = 0;
    let bi = 0;
    const flush = (i: number, j: number) =>
      inner(oldText, a.starts[ai]!, a.starts[i]!, newText, b.starts[bi]!, b.starts[j]!, push);
    for (let k = 0; k < pairs.length; k += 2) {
      const i = pairs[k]!;
      const j = pairs[k + 1]!;
      flush(i, j);
      push(a.starts[i]!, b.starts[j]!, a.starts[i + 1]! - a.starts[i]!);
      ai = i + 1;
      bi = j + 1;
    }
    flush(a.ids.length, b.ids.length);
  };
}

const tokenPass = unitPass(wordTokens, characterPass);
const chunkPass = unitPass(sentenceChunks, tokenPass);

/** How good a place the boundary before text[at] is for an edit to start or end (diff-match-patch's ranking). */
function boundaryScore(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return 6;
  const before = text.charAt(at - 1);
  const after = text.charAt(at);
  if (before === "\n" && after === "\n") return 5;
  if (before === "\n" || after === "\n") return 4;
  const space = /\s/;
  if (space.test(after) && /[.!?…"”’)]/.test(before)) return 3;
  if (space.test(before) && /[.!?…"”’)]/.test(text.charAt(at - 2))) return 3;
  if (space.test(before) || space.test(after)) return 2;
  return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? 0 : 1;
}

/**
 * Slides each pure insertion or deletion between two equal segments as far as the text allows
 * either way and keeps the position whose two ends score best (the rightmost on a tie).
 */
function slideEdits(segments: EqualSegment[], oldText: string, newText: string): EqualSegment[] {
  for (let k = 0; k + 1 < segments.length; k++) {
    const left = segments[k]!;
    const right = segments[k + 1]!;
    const oldGap = right.oldStart - (left.oldStart + left.length);
    const newGap = right.newStart - (left.newStart + left.length);
    if ((oldGap === 0) === (newGap === 0)) continue;
    // The edited text, in the revision that has it.
    const [text, start, size] =
      oldGap === 0 ? [newText, left.newStart + left.length, newGap] : [oldText, left.oldStart + left.length, oldGap];
    let low = 0;
    while (low < left.length && text.charCodeAt(start - low - 1) === text.charCodeAt(start + size - low - 1)) low++;
    let high = 0;
    while (high < right.length && text.charCodeAt(start + high) === text.charCodeAt(start + size + high)) high++;
    let best = 0;
    let bestScore = -1;
    for (let shift = -low; shift <= high; shift++) {
      const score = boundaryScore(text, start + shift) + boundaryScore(text, start + shift + size);
      if (score >= bestScore) [best, bestScore] = [shift, score];
    }
    left.length += best;
    right.oldStart += best;
    right.newStart += best;
    right.length -= best;
  }
  return segments.filter((segment) => segment.length > 0);
}

export function equalSegments(oldText: string, newText: string): EqualSegment[] {
  const segments: EqualSegment[] = [];
  const push: Push = (oldStart, newStart, length) => {
    if (length <= 0) return;
    const last = segments[segments.length - 1];
    if (last && last.oldStart + last.length === oldStart && last.newStart + last.length === newStart)
      last.length += length;
    else segments.push({ oldStart, newStart, length });
  };
  const head = commonPrefixLength(oldText, newText);
  const tail = commonSuffixLength(
    oldText,
    newText,
    oldText.length,
    newText.length,
    Math.min(oldText.length, newText.length) - head,
  );
  push(0, 0, head);
  chunkPass(oldText, head, oldText.length - tail, newText, head, newText.length - tail, push);
  push(oldText.length - tail, newText.length - tail, tail);
  return slideEdits(segments, oldText, newText);
}
