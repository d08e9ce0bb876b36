// Looking again for flagged claims where their neighbours say they are. After a batch of claims is
// placed and checked (placement-check.ts), the trusted placements tell how the text shifted around
// each claim; a claim that was flagged, orphaned, or put somewhere else is looked for at its old
// position shifted like its nearest neighbour: its words intact there, or edited.
import type { CodePointIndex } from "./code-points";
import { agreesWithNeighbours, consistentChain, cutsWord, nearestNeighbour, neighbourSlack } from "./placement-check";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { bestApproximateMatch, contextEvidence } from "./similarity";
import {
  CHANGED_CONFIDENCE_CAP,
  CONTEXT_INTACT,
  DOUBTFUL_PLACEMENT_CONFIDENCE,
  MAX_ERROR_SHARE,
  MIN_QUOTE_SIMILARITY,
} from "./thresholds";

/**
 * Confidence of a claim put where its neighbours say, with its words and context intact: still
 * flagged, as a twin of a repeated sentence may stand exactly there while the claim's own sentence
 * was moved.
 */
const NEIGHBOURS_CONFIDENCE = 0.85;

export function relocateByNeighbours(
  index: CodePointIndex,
  claims: ClaimSelectors[],
  results: AnchorResult[],
): AnchorResult[] {
  const chain = consistentChain(claims, results);
  return results.map((result, i) => {
    const claim = claims[i]!;
    if (!result.needsReview || !claim.quote.exact) return result;
    const { start, end } = claim.position;
    if (result.start !== null && agreesWithNeighbours(chain, start, end, result.start)) return result;
    const near = nearestNeighbour(chain, start, end);
    if (!near) return result;
    const predicted = Math.max(0, Math.min(index.length, near.now + (start - near.old)));
    const found = besideNeighbours(index, claim, predicted, Math.ceil(neighbourSlack(start - near.old)));
    if (!found) return result;
    return found;
  });
}

/**
 * The claim where its neighbours put it (`predicted`, code points, give or take `slack`): its
 * words intact there, or edited. Null if neither.
 */
function besideNeighbours(
  index: CodePointIndex,
  claim: ClaimSelectors,
  predicted: number,
  slack: number,
): AnchorResult | null {
  const text = index.text;
  const { exact, prefix, suffix } = claim.quote;
  const at = index.toUtf16(predicted);
  const from = Math.max(0, at - slack);
  const to = Math.min(text.length, at + slack + exact.length);
  const window = text.slice(from, to);
  const copies: number[] = [];
  for (let k = window.indexOf(exact); k !== -1; k = window.indexOf(exact, k + 1)) copies.push(from + k);
  const result = (start: number, end: number, confidence: number): AnchorResult => {
    const found = text.slice(start, end);
    const startCp = index.toCodePoint(start);
    return {
      state: found !== exact ? "changed" : startCp === claim.position.start ? "anchored" : "moved",
      start: startCp,
      end: index.toCodePoint(end),
      exact: found,
      confidence,
      needsReview: true,
      method: found !== exact ? "fuzzy" : "quote",
    };
  };
  if (copies.length) {
    const best = copies.reduce((a, b) => (Math.abs(b - at) < Math.abs(a - at) ? b : a));
    const end = best + exact.length;
    const intact =
      copies.length === 1 &&
      !cutsWord(text, best, end, claim) &&
      Math.min(contextEvidence(prefix, text, best, "before"), contextEvidence(suffix, text, end, "after")) >=
        CONTEXT_INTACT;
    return result(best, end, intact ? NEIGHBOURS_CONFIDENCE : DOUBTFUL_PLACEMENT_CONFIDENCE);
  }
  const match = bestApproximateMatch(exact, text, from, to, Math.floor(exact.length * MAX_ERROR_SHARE));
  // A match against the window's edge is cut short by it: the claim lies beyond, not here.
  if (!match || (match.start === from && from > 0) || (match.end === to && to < text.length)) return null;
  const similarity = 1 - match.errors / exact.length;
  if (similarity < MIN_QUOTE_SIMILARITY) return null;
  return result(match.start, match.end, Math.min(CHANGED_CONFIDENCE_CAP, similarity));
}
