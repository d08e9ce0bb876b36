// Checks every placement must pass before it is trusted without review, whichever path found it:
// it must not cut a word the claim did not cut (the claim's last word was lengthened: "a" became
// "an"), and it must agree with where its neighbouring claims went (a copy of the claim's words one
// sentence away is another sentence, even when its own context looks the same).
import type { CodePointIndex } from "./code-points";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { DOUBTFUL_PLACEMENT_CONFIDENCE, NEIGHBOUR_SLACK, NEIGHBOUR_SLACK_SHARE } from "./thresholds";

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

/** A placement kept, but for a person to check. */
export function doubtful(result: AnchorResult, confidence = DOUBTFUL_PLACEMENT_CONFIDENCE): AnchorResult {
  return { ...result, confidence: Math.min(result.confidence, confidence), needsReview: true };
}

interface Placed {
  i: number;
  old: number;
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

export interface Neighbours {
  /** Placed claims in a consistent order, by old position (code points). */
  chain: Placed[];
}

/** The placed claims whose order agrees with each other (never flagged ones, never empty ones). */
export function consistentChain(claims: ClaimSelectors[], results: AnchorResult[]): Placed[] {
  const placed: Placed[] = [];
  results.forEach((result, i) => {
    if (result.start === null || result.needsReview || !claims[i]!.quote.exact) return;
    placed.push({ i, old: claims[i]!.position.start, now: result.start });
  });
  placed.sort((a, b) => a.old - b.old || a.now - b.now);
  const run = longestIncreasingRun(placed);
  return placed.filter((_, k) => run.has(k));
}

/** The chain members just before and just after an old position, skipping claim `self`. */
export function neighboursOf(chain: Placed[], old: number, self: number): [Placed | undefined, Placed | undefined] {
  let low = 0;
  let high = chain.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chain[mid]!.old < old) low = mid + 1;
    else high = mid;
  }
  let before = low - 1;
  while (before >= 0 && chain[before]!.i === self) before--;
  let after = low;
  while (after < chain.length && (chain[after]!.i === self || chain[after]!.old < old)) after++;
  return [chain[before], chain[after]];
}

/** How far (code points) a claim's shift may differ from a neighbour's `gap` code points away. */
export function neighbourSlack(gap: number): number {
  return NEIGHBOUR_SLACK + NEIGHBOUR_SLACK_SHARE * Math.abs(gap);
}

/** Where the neighbours put a claim that was at `old` (code points), or null without neighbours. */
export function predictedStart(chain: Placed[], old: number, self: number): number | null {
  const [before, after] = neighboursOf(chain, old, self);
  const near = !before ? after : !after ? before : old - before.old <= after.old - old ? before : after;
  return near ? near.now + (old - near.old) : null;
}

/**
 * Whether a placement at `now` of a claim that was at `old` agrees with a neighbour: shifted like
 * the one before it or like the one after it (an edit between two claims shifts one side only).
 * With no neighbour at all there is nothing to disagree with.
 */
export function agreesWithNeighbours(chain: Placed[], old: number, now: number, self: number): boolean {
  const [before, after] = neighboursOf(chain, old, self);
  if (!before && !after) return true;
  const shift = now - old;
  const fits = (n: Placed | undefined) =>
    n !== undefined && Math.abs(shift - (n.now - n.old)) <= neighbourSlack(old - n.old);
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
): AnchorResult[] {
  const text = index.text;
  const checked = results.map((result, i) =>
    result.start !== null &&
    !result.needsReview &&
    cutsWord(text, index.toUtf16(result.start), index.toUtf16(result.end!), claims[i]!)
      ? doubtful(result)
      : result,
  );
  const chain = consistentChain(claims, checked);
  return checked.map((result, i) =>
    result.start === null ||
    result.needsReview ||
    agreesWithNeighbours(chain, claims[i]!.position.start, result.start, i)
      ? result
      : doubtful(result),
  );
}
