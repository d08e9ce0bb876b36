// Places in a text where a claim may be, each scored on the claim's words (quote), its stored
// surroundings (prefix and suffix) and its expected position. Offsets are UTF-16 here.
import { GRAM, overlapsAny, type GramIndex, type TextRange } from "./gram-index";
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
  const before = prefix ? commonSuffixLength(prefix, text, prefix.length, start) / prefix.length : start === 0 ? 1 : 0.5;
  const after = suffix ? commonPrefixLength(suffix, text, 0, end) / suffix.length : end === text.length ? 1 : 0.5;
  return [before, after];
}

/** Every exact occurrence of the claim's words, scored; best first. */
export function exactCandidates(text: string, claim: Claim, reject?: Reject): Candidate[] {
  const { exact } = claim;
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
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

/** Occurrences of `piece` in text[from, to), at most `limit`, pushed onto `out`. */
function occurrencesIn(text: string, piece: string, from: number, to: number, limit: number, out: number[]): void {
  const lo = Math.max(0, from);
  // A slice of a flat string is a view: searching it does not copy, and stops at its end.
  const window = lo === 0 && to >= text.length ? text : text.slice(lo, to);
  for (let at = window.indexOf(piece); at !== -1 && out.length < limit; at = window.indexOf(piece, at + 1)) out.push(lo + at);
}

/**
 * Occurrences of `piece` (at least GRAM long), the few nearest to the hint. With `added` (the diff
 * path), only where a seed can be used: near the hint, and inside the text the edit added (found
 * through its index, not by scanning the whole text once per claim).
 */
function nearestOccurrences(text: string, piece: string, hint: number, added?: { grams: GramIndex; reach: number }): number[] {
  const all: number[] = [];
  if (!added) occurrencesIn(text, piece, 0, text.length, 256, all);
  else {
    occurrencesIn(text, piece, hint - added.reach, hint + added.reach, 256, all);
    for (const at of added.grams.find(piece.slice(0, GRAM))) if (Math.abs(at - hint) >= added.reach && text.startsWith(piece, at)) all.push(at);
  }
  return all.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, SEED_OCCURRENCES);
}

/**
 * Where an edited claim may start: where it was expected, next to where the end of its prefix or
 * the start of its suffix still occurs (they pin its place even when its own words changed), and
 * the starts most voted for by short exact pieces of its words.
 */
function seedStarts(text: string, grams: () => GramIndex, claim: Claim, reach?: number): number[] {
  const { exact, prefix, suffix, hint } = claim;
  const seeds = [hint];
  const tail = prefix.slice(-16);
  const head = suffix.slice(0, 16);
  const occurrences = (piece: string) => nearestOccurrences(text, piece, hint, reach === undefined || piece.length < GRAM ? undefined : { grams: grams(), reach });
  if (tail.length >= 6) for (const at of occurrences(tail)) seeds.push(at + tail.length);
  if (head.length >= 6) for (const at of occurrences(head)) seeds.push(at - exact.length);
  if (exact.length >= GRAM * 2) {
    const votes = new Map<number, number>();
    const step = Math.max(1, Math.floor((exact.length - GRAM) / 24));
    let pieces = 0;
    for (let offset = 0; offset + GRAM <= exact.length; offset += step, pieces++) {
      const buckets = new Set(grams().find(exact.slice(offset, offset + GRAM)).map((at) => Math.floor((at - offset) / VOTE_BUCKET)));
      for (const bucket of buckets) votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
    // A place sharing only a stock phrase with the claim is not worth aligning: the claim, even
    // edited, keeps a good share of its pieces (an insertion splits them over neighbouring buckets).
    const minimum = Math.max(2, Math.ceil(pieces / 4));
    const tally = (bucket: number) => (votes.get(bucket - 1) ?? 0) + (votes.get(bucket) ?? 0) + (votes.get(bucket + 1) ?? 0);
    const ranked = [...votes.keys()].map((bucket) => [bucket, tally(bucket)] as const).filter(([, n]) => n >= minimum);
    for (const [bucket] of ranked.sort((a, b) => b[1] - a[1]).slice(0, VOTED_SEEDS)) seeds.push(bucket * VOTE_BUCKET + VOTE_BUCKET / 2);
  }
  const sorted = seeds.sort((a, b) => a - b);
  return sorted.filter((seed, i) => i === 0 || seed - sorted[i - 1]! > 8);
}

/**
 * Approximate matches of the claim's words around the seeds, scored, acceptable ones only, best
 * first. Exact copies are left out (exactCandidates weighs them). With `ranges`, only places
 * overlapping them are tried (the diff path: text the edit added).
 */
export function approximateCandidates(text: string, grams: () => GramIndex, claim: Claim, reject?: Reject, ranges?: readonly TextRange[]): Candidate[] {
  const { exact, prefix, suffix, hint } = claim;
  const slack = Math.max(16, Math.ceil(exact.length * 0.3));
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  const found: Candidate[] = [];
  // Restricted to added text, context pieces are also looked for near the hint: beyond this, a seed
  // outside the added text is skipped below anyway.
  const reach = ranges ? exact.length + 2 * slack + 16 : undefined;
  for (const seed of seedStarts(text, grams, claim, reach)) {
    if (ranges && !overlapsAny(ranges, seed - slack, seed + exact.length + slack)) continue;
    const match = bestApproximateMatch(exact, text, seed - slack, seed + exact.length + slack, maxErrors, true);
    if (!match || found.some((c) => c.start === match.start && c.end === match.end) || reject?.(match.start, match.end)) continue;
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
