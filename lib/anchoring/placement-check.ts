// Checks every placement must pass before it is trusted without review, whichever path found it:
// it must not cut a word the claim did not cut (the claim's last word was lengthened: "a" became
// "an"), and it must agree with where its neighbouring claims went (a copy of the claim's words one
// sentence away is another sentence, even when its own context looks the same).
import type { CodePointIndex } from "./code-points";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { bestApproximateMatch } from "./similarity";
import {
  DOUBTFUL_PLACEMENT_CONFIDENCE,
  EDITED_TWIN_ERRORS,
  NEIGHBOUR_GAP,
  NEIGHBOUR_SLACK,
  NEIGHBOUR_SLACK_SHARE,
  TWIN_MIN_LENGTH,
  TWIN_REACH,
} from "./thresholds";

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && char !== "" && WORD.test(char);

/** Last code point of a string (a whole surrogate pair), or "". */
function lastChar(text: string): string {
  const chars = Array.from(text.slice(-2));
  return chars[chars.length - 1] ?? "";
}

/**
 * Whether the text at [start, end) (UTF-16) continues a word across a boundary where the claim's
 * stored context had none: the claim's first or last word is not whole there any more.
 */
export function cutsWord(text: string, start: number, end: number, claim: ClaimSelectors): boolean {
  const { exact, prefix, suffix } = claim.quote;
  if (!exact) return false;
  const first = Array.from(exact.slice(0, 2))[0];
  const last = lastChar(exact);
  const before = start > 0 ? lastChar(text.slice(Math.max(0, start - 2), start)) : "";
  const after = Array.from(text.slice(end, end + 2))[0];
  const cutBefore = isWordChar(first) && isWordChar(before) && !isWordChar(lastChar(prefix));
  const cutAfter = isWordChar(last) && isWordChar(after) && !isWordChar(Array.from(suffix.slice(0, 2))[0]);
  return cutBefore || cutAfter;
}

/**
 * Whether the claim's words, edited, stand right beside its placement (within a claim's length):
 * a twin sentence inserted next to the claim's own, one of the two edited. Which one is the claim
 * cannot be told from the text: the placement is flagged. Only for claims long enough that an
 * edited copy is not just a stock phrase.
 */
export function editedTwinBeside(index: CodePointIndex, claim: ClaimSelectors, result: AnchorResult): boolean {
  const { exact } = claim.quote;
  if (exact.length < TWIN_MIN_LENGTH || result.exact !== exact) return false;
  const start = index.toUtf16(result.start!);
  const end = start + exact.length;
  const errors = Math.floor(exact.length * EDITED_TWIN_ERRORS);
  const reach = exact.length + errors + TWIN_REACH;
  const check = (from: number, to: number) => {
    const match = bestApproximateMatch(exact, index.text, from, to, errors, true);
    return match !== null && match.errors > 0 && (match.end <= start || match.start >= end);
  };
  return check(start - reach, start) || check(end, end + reach);
}

/** A placement kept, but for a person to check. */
export function doubtful(result: AnchorResult, confidence = DOUBTFUL_PLACEMENT_CONFIDENCE): AnchorResult {
  return { ...result, confidence: Math.min(result.confidence, confidence), needsReview: true };
}

export interface Placed {
  i: number;
  old: number;
  oldEnd: number;
  now: number;
}

/**
 * Indexes (into `placed`, sorted by old position) of the longest run whose new positions also
 * increase: the placements consistent with each other in order. Moved text and wrong copies fall
 * outside it.
 */
function longestIncreasingRun(placed: Placed[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(placed.length).fill(-1);
  placed.forEach((p, k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (placed[tails[mid]!]!.now < p.now) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  });
  const run = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = previous[k]!) run.add(k);
  return run;
}

/** The placed claims whose order agrees with each other (never flagged ones, never empty ones). */
export function consistentChain(claims: ClaimSelectors[], results: AnchorResult[]): Placed[] {
  const placed: Placed[] = [];
  results.forEach((result, i) => {
    if (result.start === null || result.needsReview || !claims[i]!.quote.exact) return;
    placed.push({ i, old: claims[i]!.position.start, oldEnd: claims[i]!.position.end, now: result.start });
  });
  placed.sort((a, b) => a.old - b.old || a.now - b.now);
  const run = longestIncreasingRun(placed);
  return placed.filter((_, k) => run.has(k));
}

/**
 * The chain members just before and just after the claim that was at old [start, end), skipping
 * claims within NEIGHBOUR_GAP of it: claims on the same sentence move together, onto a twin
 * sentence as well, so they are no evidence for each other.
 */
export function neighboursOf(chain: Placed[], start: number, end: number): [Placed | undefined, Placed | undefined] {
  let low = 0;
  let high = chain.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chain[mid]!.old < start) low = mid + 1;
    else high = mid;
  }
  let before = low - 1;
  while (before >= 0 && chain[before]!.oldEnd > start - NEIGHBOUR_GAP) before--;
  let after = low;
  while (after < chain.length && chain[after]!.old < end + NEIGHBOUR_GAP) after++;
  return [chain[before], chain[after]];
}

/** How far (code points) a claim's shift may differ from a neighbour's `gap` code points away. */
export function neighbourSlack(gap: number): number {
  return NEIGHBOUR_SLACK + NEIGHBOUR_SLACK_SHARE * Math.abs(gap);
}

/** The nearer of a claim's two neighbours. */
export function nearestNeighbour(chain: Placed[], start: number, end: number): Placed | undefined {
  const [before, after] = neighboursOf(chain, start, end);
  return !before ? after : !after ? before : start - before.old <= after.old - start ? before : after;
}

/**
 * Whether a placement at `now` of a claim that was at old [start, end) agrees with a neighbour:
 * shifted like the one before it or like the one after it (an edit between two claims shifts one
 * side only). Null when it has no neighbour to agree or disagree with.
 */
export function agreesWithNeighbours(chain: Placed[], start: number, end: number, now: number): boolean | null {
  const [before, after] = neighboursOf(chain, start, end);
  if (!before && !after) return null;
  const shift = now - start;
  const fits = (n: Placed | undefined) =>
    n !== undefined && Math.abs(shift - (n.now - n.old)) <= neighbourSlack(start - n.old);
  return fits(before) || fits(after);
}

/**
 * The final check of a batch of placements in one text: every trusted placement that cuts a word,
 * or disagrees with its neighbours, is flagged (kept where it is, for a person to check).
 */
export function checkPlacements(
  index: CodePointIndex,
  claims: ClaimSelectors[],
  results: AnchorResult[],
  options: { alone?: (result: AnchorResult, i: number) => boolean; twins?: boolean } = {},
): AnchorResult[] {
  const { alone } = options;
  const text = index.text;
  const checked = results.map((result, i) =>
    result.start !== null &&
    !result.needsReview &&
    cutsWord(text, index.toUtf16(result.start), index.toUtf16(result.end!), claims[i]!)
      ? doubtful(result)
      : result,
  );
  // Without the old revision nothing says which of two neighbouring twins was edited.
  const twinned = checked.map((result, i) =>
    options.twins && result.start !== null && !result.needsReview && editedTwinBeside(index, claims[i]!, result)
      ? doubtful(result)
      : result,
  );
  const chain = consistentChain(claims, twinned);
  return twinned.map((result, i) => {
    if (result.start === null || result.needsReview) return result;
    const { start, end } = claims[i]!.position;
    const agrees = agreesWithNeighbours(chain, start, end, result.start);
    // Without neighbours, only the caller's own rules stand (one claim, or claims far apart);
    // `alone` may still ask for a flag (no old revision: a copy far from where the claim was).
    if (agrees === null) return alone?.(result, i) ? doubtful(result) : result;
    return agrees ? result : doubtful(result);
  });
}
