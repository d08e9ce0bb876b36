// Rule-based sentence splitter for news text. Intl.Segmenter splits after "Mr." and "Nov.", and a
// trained splitter would need a model, so this walks candidate terminators and vetoes the ones
// that follow abbreviations, initials or decimals, or that precede a lowercase word.
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "./abbreviations";
import { CodePointIndex } from "../anchoring";

export interface TextSpan {
  /** Code-point offset in the revision text. */
  start: number;
  end: number;
  text: string;
}

/** A sentence as UTF-16 offsets, with the block it came from (blocks never share a sentence). */
export interface SentenceRange {
  start: number;
  end: number;
  blockStart: number;
  blockEnd: number;
}

const BLOCK_SEPARATOR = /\n[ \t]*\n/g;
// "SINGAPORE --", "BRIDGEWATER, Ore. —", "LONDON (Reuters) - ": a place line that is not part of the sentence.
const DATELINE =
  /^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:, [^\n—–]{1,30}?)?(?: ?\([^)\n]{1,40}\))? *(?:--|—|–|(?<= )-(?= )) */u;
const TERMINATOR = /(?:\.{3}|…|[.!?])[.!?…]*/g;
const CLOSERS = /^["”’'»)\]]*/u;
const LIST_MARKER = /^\s*(?:[-*•‣◦]|\d{1,3}[.)])\s/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Splits a revision text into sentences, in code points, never across a blank line. */
export function splitSentences(text: string): TextSpan[] {
  const index = new CodePointIndex(text);
  const toCodePoint = (utf16: number) => index.toCodePoint(utf16);
  return findSentenceRanges(text).map(({ start, end }) => ({
    start: toCodePoint(start),
    end: toCodePoint(end),
    text: text.slice(start, end),
  }));
}

/** Sentence ranges in UTF-16 offsets, for callers that go on to run regular expressions. */
export function findSentenceRanges(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  for (const block of findBlocks(text)) {
    const dateline = DATELINE.exec(text.slice(block.start, block.end));
    const contentStart =
      block.start + (dateline && dateline[0].length < block.end - block.start ? dateline[0].length : 0);
    let segmentStart = contentStart;
    for (const boundary of [...findBoundaries(text, contentStart, block.end), block.end]) {
      const trimmed = trimRange(text, segmentStart, boundary);
      segmentStart = boundary;
      if (!trimmed) continue;
      const previous = sentences.at(-1);
      const isFragment = !HAS_WORD_CHARACTER.test(text.slice(trimmed.start, trimmed.end));
      // A trailing emoji or stray mark belongs to the sentence before it, not to a sentence of its own.
      if (isFragment && previous && previous.blockStart === block.start) previous.end = trimmed.end;
      else sentences.push({ ...trimmed, blockStart: block.start, blockEnd: block.end });
    }
  }
  return sentences;
}

function findBlocks(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(BLOCK_SEPARATOR)) {
    blocks.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  blocks.push({ start, end: text.length });
  return blocks;
}

function findBoundaries(text: string, start: number, end: number): number[] {
  const block = text.slice(start, end);
  const boundaries: number[] = [];
  for (const match of block.matchAll(TERMINATOR)) {
    const afterClosers =
      match.index + match[0].length + (CLOSERS.exec(block.slice(match.index + match[0].length))?.[0].length ?? 0);
    if (isSentenceEnd(block, match.index, match[0], afterClosers)) boundaries.push(start + afterClosers);
  }
  // A line break inside a block ends a sentence only before a list item; otherwise it is a soft wrap.
  for (const match of block.matchAll(/\n/g)) {
    if (LIST_MARKER.test(block.slice(match.index + 1))) boundaries.push(start + match.index + 1);
  }
  return [...new Set(boundaries)].sort((a, b) => a - b);
}

function isSentenceEnd(block: string, at: number, terminator: string, afterClosers: number): boolean {
  const rest = block.slice(afterClosers);
  const gap = /^\s+/.exec(rest);
  if (!gap) return rest.length === 0;
  const next = rest.slice(gap[0].length);
  if (next.length === 0) return true;
  if (gap[0].includes("\n")) return true;
  if (/^\p{Ll}/u.test(next)) return false;
  if (terminator !== ".") return true;
  // A bounded look-back keeps long blocks linear: abbreviations are short.
  const word = /(?:^|[^\p{L}\p{N}.])([\p{L}\p{N}.]+)$/u.exec(block.slice(Math.max(0, at - 24), at))?.[1] ?? "";
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  // A lone capital is an initial ("John F. Kennedy"), except the pronoun "I".
  if (/^\p{Lu}$/u.test(word) && word !== "I") return false;
  const isInitialism = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (isInitialism || AMBIGUOUS_ABBREVIATIONS.has(word)) return startsNewSentence(next);
  return true;
}

function startsNewSentence(next: string): boolean {
  if (/^\p{N}/u.test(next)) return false;
  if (/^["“‘'([]/u.test(next)) return true;
  const word = /^[\p{L}’']+/u.exec(next)?.[0] ?? "";
  return SENTENCE_STARTERS.has(word);
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
