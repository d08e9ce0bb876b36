// Places in a text where a claim may be, each scored on the claim's words (quote), its stored
// surroundings (prefix and suffix) and its expected position. Offsets are UTF-16 here.
import { GRAM, overlapsAny, type GramIndex, type TextRange } from "./gram-index";
import { occurrencesAround, occurrencesIn } from "./occurrences";
import { bestApproximateMatch, commonPrefixLength, commonSuffixLength, contextEvidence } from "./similarity";
import { MAX_ERROR_SHARE, MIN_MATCH_SCORE, MIN_QUOTE_SIMILARITY, NEAR_DISTANCE, WEIGHTS } from "./thresholds";

export interface Candidate {
  start: number;
  end: number;
  /** Share of the claim's words kept: 1 for an exact copy. */
  quote: number;
  /** Context evidence before and after (0..1). */
  before: number;
  after: number;
  /** Position evidence (0..1). */
  near: number;
  score: number;
}

export interface Claim {
  exact: string;
  prefix: string;
  suffix: string;
  /** Expected start (UTF-16). */
  hint: number;
}

/** A place the caller rules out (the diff path: text that is another passage's unchanged copy). */
export type Reject = (start: number, end: number) => boolean;

/**
 * Whether `reject` would rule out every place at least `minLength` long inside [start, end): such
 * a window is not worth aligning. It must never answer true where an acceptable place exists.
 */
export type RejectsAll = (start: number, end: number, minLength: number) => boolean;

export interface SearchLimits {
  reject?: Reject;
  rejectsAll?: RejectsAll;
  /** Only places overlapping these sorted ranges (the diff path: text the edit added). */
  ranges?: readonly TextRange[];
}

/** How many exact copies get the (costlier) approximate context comparison. */
const APPROXIMATE_CONTEXT_LIMIT = 48;
const MAX_OCCURRENCES = 10_000;
const SEED_OCCURRENCES = 8;
const VOTE_BUCKET = 16;
const VOTED_SEEDS = 6;

export function nearness(text: string, at: number, hint: number): number {
  return Math.max(0, 1 - Math.abs(at - hint) / Math.max(NEAR_DISTANCE, text.length * 0.1));
}

export function scoreOf(quote: number, before: number, after: number, near: number): number {
  return WEIGHTS.quote * quote + (WEIGHTS.context * (before + after)) / 2 + WEIGHTS.position * near;
}

/** Exact-run context agreement: the stored prefix's tail and suffix's head that touch [start, end). */
function exactRun(text: string, claim: Claim, start: number, end: number): [number, number] {
  const { prefix, suffix } = claim;
  const before = prefix
    ? commonSuffixLength(prefix, text, prefix.length, start) / prefix.length
    : start === 0
      ? 1
      : 0.5;
  const after = suffix ? commonPrefixLength(suffix, text, 0, end) / suffix.length : end === text.length ? 1 : 0.5;
  return [before, after];
}

/**
 * Every exact occurrence of the claim's words, scored; best first. With `ranges`, only those
 * overlapping them (the diff path: elsewhere is the unchanged copy of another passage).
 */
export function exactCandidates(
  text: string,
  claim: Claim,
  reject?: Reject,
  ranges?: readonly TextRange[],
): Candidate[] {
  const { exact } = claim;
  const found: Candidate[] = [];
  const margin = exact.length - 1;
  const places = ranges
    ? occurrencesAround(text, exact, ranges, margin, margin, MAX_OCCURRENCES)
    : occurrencesIn(text, exact, 0, text.length, MAX_OCCURRENCES);
  for (const at of places) {
    const end = at + exact.length;
    if (reject?.(at, end)) continue;
    const [before, after] = exactRun(text, claim, at, end);
    const near = nearness(text, at, claim.hint);
    found.push({ start: at, end, quote: 1, before, after, near, score: scoreOf(1, before, after, near) });
  }
  found.sort((a, b) => b.score - a.score);
  // The exact runs rank the copies; the front runners also get credit for edited context.
  for (const candidate of found.slice(0, APPROXIMATE_CONTEXT_LIMIT)) {
    if (candidate.before < 1) candidate.before = contextEvidence(claim.prefix, text, candidate.start, "before");
    if (candidate.after < 1) candidate.after = contextEvidence(claim.suffix, text, candidate.end, "after");
    candidate.score = scoreOf(1, candidate.before, candidate.after, candidate.near);
  }
  return found.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The few occurrences nearest to the hint. */
function nearest(occurrences: number[], hint: number): number[] {
  return occurrences.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, SEED_OCCURRENCES);
}

/**
 * Where an edited claim may start: where it was expected, next to where the end of its prefix or
 * the start of its suffix still occurs (they pin its place even when its own words changed), and
 * the starts most voted for by short exact pieces of its words.
 */
function seedStarts(
  text: string,
  grams: () => GramIndex,
  claim: Claim,
  slack: number,
  ranges?: readonly TextRange[],
): number[] {
  const { exact, prefix, suffix, hint } = claim;
  const seeds = [hint];
  const tail = prefix.slice(-16);
  const head = suffix.slice(0, 16);
  // With ranges, only where the seed's window (slack either side of the claim) would overlap them.
  const find = (piece: string, lead: number, trail: number) =>
    ranges ? occurrencesAround(text, piece, ranges, lead, trail, 256) : occurrencesIn(text, piece, 0, text.length, 256);
  if (tail.length >= 6)
    for (const at of nearest(find(tail, tail.length + exact.length + slack, slack), hint)) seeds.push(at + tail.length);
  if (head.length >= 6)
    for (const at of nearest(find(head, slack, exact.length + slack + head.length), hint))
      seeds.push(at - exact.length);
  if (exact.length >= GRAM * 2) {
    const votes = new Map<number, number>();
    const step = Math.max(1, Math.floor((exact.length - GRAM) / 24));
    let pieces = 0;
    for (let offset = 0; offset + GRAM <= exact.length; offset += step, pieces++) {
      const buckets = new Set(
        grams()
          .find(exact.slice(offset, offset + GRAM))
          .map((at) => Math.floor((at - offset) / VOTE_BUCKET)),
      );
      for (const bucket of buckets) votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
    // A place sharing only a stock phrase with the claim is not worth aligning: the claim, even
    // edited, keeps a good share of its pieces (an insertion splits them over neighbouring buckets).
    const minimum = Math.max(2, Math.ceil(pieces / 4));
    const tally = (bucket: number) =>
      (votes.get(bucket - 1) ?? 0) + (votes.get(bucket) ?? 0) + (votes.get(bucket + 1) ?? 0);
    const ranked = [...votes.keys()].map((bucket) => [bucket, tally(bucket)] as const).filter(([, n]) => n >= minimum);
    for (const [bucket] of ranked.sort((a, b) => b[1] - a[1]).slice(0, VOTED_SEEDS))
      seeds.push(bucket * VOTE_BUCKET + VOTE_BUCKET / 2);
  }
  const sorted = seeds.sort((a, b) => a - b);
  return sorted.filter((seed, i) => i === 0 || seed - sorted[i - 1]! > 8);
}

/**
 * Approximate matches of the claim's words around the seeds, scored, acceptable ones only, best
 * first. Exact copies are left out (exactCandidates weighs them).
 */
export function approximateCandidates(
  text: string,
  grams: () => GramIndex,
  claim: Claim,
  { reject, rejectsAll, ranges }: SearchLimits = {},
): Candidate[] {
  const { exact, prefix, suffix, hint } = claim;
  const slack = Math.max(16, Math.ceil(exact.length * 0.3));
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  // A match with at most maxErrors edits is at least this long.
  const shortest = exact.length - maxErrors;
  const found: Candidate[] = [];
  for (const seed of seedStarts(text, grams, claim, slack, ranges)) {
    const [from, to] = [seed - slack, seed + exact.length + slack];
    if (
      (ranges && !overlapsAny(ranges, from, to)) ||
      rejectsAll?.(Math.max(0, from), Math.min(text.length, to), shortest)
    )
      continue;
    const match = bestApproximateMatch(exact, text, from, to, maxErrors, true);
    if (!match || found.some((c) => c.start === match.start && c.end === match.end) || reject?.(match.start, match.end))
      continue;
    const quote = 1 - match.errors / exact.length;
    if (quote < MIN_QUOTE_SIMILARITY) continue;
    const before = contextEvidence(prefix, text, match.start, "before");
    const after = contextEvidence(suffix, text, match.end, "after");
    const near = nearness(text, match.start, hint);
    const score = scoreOf(quote, before, after, near);
    if (score >= MIN_MATCH_SCORE) found.push({ ...match, quote, before, after, near, score });
  }
  return found.sort((a, b) => b.score - a.score);
}
