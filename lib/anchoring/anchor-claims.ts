// Finding all of an article's claims in a text from their selectors alone (an import, no old
// revision): each claim is first found on its own (quote-matcher.ts); then the claims placed with
// certainty, in an order that agrees with each other, tell where the rest should be. A claim whose
// words occur in several places, or whose own place was edited, is looked for where its neighbours
// say it is; one found elsewhere is flagged, and one found nowhere near stays as it was (flagged).
import { CodePointIndex } from "./code-points";
import {
  agreesWithNeighbours,
  checkPlacements,
  consistentChain,
  cutsWord,
  neighbourSlack,
  neighboursOf,
} from "./placement-check";
import { QuoteMatcher, type AnchorOptions } from "./quote-matcher";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { bestApproximateMatch, contextEvidence } from "./similarity";
import {
  CHANGED_CONFIDENCE_CAP,
  CONTEXT_INTACT,
  DOUBTFUL_PLACEMENT_CONFIDENCE,
  MAX_ERROR_SHARE,
  MIN_QUOTE_SIMILARITY,
} from "./thresholds";

/** Confidence of a claim put where its neighbours say, with its words and context intact. */
const NEIGHBOURS_CONFIDENCE = 0.92;

export function anchorClaimsInText(
  text: string | CodePointIndex,
  claims: ClaimSelectors[],
  options: AnchorOptions = {},
): AnchorResult[] {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  const matcher = new QuoteMatcher(index, options);
  const first = checkPlacements(
    index,
    claims,
    claims.map((claim) => matcher.anchor(claim)),
  );
  const chain = consistentChain(claims, first);
  return first.map((result, i) => {
    const claim = claims[i]!;
    if (!result.needsReview || !claim.quote.exact) return result;
    const old = claim.position.start;
    if (result.start !== null && agreesWithNeighbours(chain, old, result.start, i)) return result;
    const [before, after] = neighboursOf(chain, old, i);
    const near = !before ? after : !after ? before : old - before.old <= after.old - old ? before : after;
    if (!near) return result;
    const predicted = Math.max(0, Math.min(index.length, near.now + (old - near.old)));
    return besideNeighbours(index, claim, predicted, Math.ceil(neighbourSlack(old - near.old))) ?? result;
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
      needsReview: found !== exact || confidence < NEIGHBOURS_CONFIDENCE,
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
  if (!match) return null;
  const similarity = 1 - match.errors / exact.length;
  if (similarity < MIN_QUOTE_SIMILARITY) return null;
  return result(match.start, match.end, Math.min(CHANGED_CONFIDENCE_CAP, similarity));
}
