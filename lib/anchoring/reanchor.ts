// Re-anchoring claims after an edit, when the old revision's text is known (it always is for
// Margin's own articles): positions are mapped through the diff of the two revisions, which is
// exact and cheap; quote matching (quote-matcher.ts) is the fallback for claims whose words the
// edit removed from their place (deleted, moved, or rewritten beyond recognition).
import { CodePointIndex } from "./code-points";
import { QuoteMatcher, type AnchorOptions } from "./quote-matcher";
import { occurrencesIn } from "./occurrences";
import { checkPlacements, editedTwinBeside } from "./placement-check";
import { relocateByNeighbours } from "./relocate-claims";
import { SegmentMap } from "./segment-map";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { bestApproximateMatch, contextEvidence } from "./similarity";
import { equalSegments } from "./text-diff";
import {
  CHANGED_CONFIDENCE_CAP,
  CONTEXT_PRESENT,
  MIN_QUOTE_SIMILARITY,
  REVIEW_THRESHOLD,
  TWIN_REACH,
} from "./thresholds";

/**
 * A claim inside unchanged text is trusted as is, unless the unchanged stretch barely covers it
 * (less than this many characters beyond it on both sides) and its words occur more than once in
 * the old text: then the diff may have paired it with a twin, and its surroundings are checked.
 */
const ALIGNMENT_GUARD = 32;
/** Confidence of a twin whose surroundings do not fit (flagged). */
const DOUBTFUL_TWIN_CONFIDENCE = 0.8;
/** Unchanged stretches at least this long are passages, not stock words paired inside a change. */
const PASSAGE_LENGTH = 32;
/** Characters of a stretch looked for first when checking for a twin of it. */
const PIECE = 16;
/** How far beyond the mapped span the claim's intact words are looked for (diff alignment slips). */
const NEARBY = 64;

/**
 * Whether the diff could as well have paired the claim's words with a twin inside a change beside
 * its unchanged stretch (a sentence deleted or inserted next to its copy; two copies, one edited).
 * In one revision's text: the stretch's text from the change up to and including the claim
 * (`from`, `to`) occurs again reaching into the change (`gapStart`, `gapEnd`), so shifting that
 * part of the stretch onto it would be an equally small diff.
 */
function twinInChange(
  text: string,
  gapStart: number,
  gapEnd: number,
  from: number,
  to: number,
  changeFirst: boolean,
): boolean {
  if (gapEnd <= gapStart || to <= from) return false;
  // Change first: a copy starting inside the change; change after: one ending inside it. Its
  // first (or last) few characters are looked for there first: the stretch may be long.
  const piece = Math.min(PIECE, to - from);
  if (changeFirst) {
    if (!occurrencesIn(text, text.slice(from, from + piece), gapStart, gapEnd + piece - 1, 1).length) return false;
    return occurrencesIn(text, text.slice(from, to), gapStart, gapEnd + (to - from) - 1, 1).length > 0;
  }
  if (!occurrencesIn(text, text.slice(to - piece, to), gapStart - piece + 1, gapEnd, 1).length) return false;
  return occurrencesIn(text, text.slice(from, to), from + 1, gapEnd, 1).length > 0;
}

/** Share of a claim's characters an edited copy of it may differ by. */
const EDITED_COPY_ERRORS = 0.25;

/** Whether text[from, to) holds the claim's words edited, other than at `own` (its placement). */
function editedCopyIn(text: string, exact: string, from: number, to: number, own: number): boolean {
  if (exact.length < 8) return false;
  const match = bestApproximateMatch(exact, text, from, to, Math.floor(exact.length * EDITED_COPY_ERRORS), true);
  return match !== null && (match.end <= own || match.start >= own + exact.length);
}

export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: ClaimSelectors[],
  options: AnchorOptions = {},
): AnchorResult[] {
  const reviewThreshold = options.reviewThreshold ?? REVIEW_THRESHOLD;
  const oldIndex = new CodePointIndex(oldText);
  const newIndex = new CodePointIndex(newText);
  const map = new SegmentMap(
    oldText === newText ? [{ oldStart: 0, newStart: 0, length: oldText.length }] : equalSegments(oldText, newText),
  );
  let inAdded: QuoteMatcher | null = null;
  let anywhere: QuoteMatcher | null = null;
  // A claim the edit removed from its place can only be found in text the edit added.
  const addedTextMatcher = () =>
    (inAdded ??= new QuoteMatcher(newIndex, { ...options, editedIn: map.addedRanges(newText.length) }));
  // One forward pass: lastIndexOf would scan the whole text again, and more slowly.
  const hasCopies = (exact: string, at: number) =>
    oldText.indexOf(exact) !== at || oldText.indexOf(exact, at + 1) !== -1;

  const results = claims.map((claim): AnchorResult => {
    const { exact, prefix, suffix } = claim.quote;
    const start = oldIndex.toUtf16(claim.position.start);
    const end = oldIndex.toUtf16(claim.position.end);
    // Selectors that do not describe the old text cannot be mapped through its diff.
    if (!exact || oldText.slice(start, end) !== exact)
      return (anywhere ??= new QuoteMatcher(newIndex, options)).anchor(claim, { hint: map.toNew(start, "start") });

    const found = (newStart: number, confidence: number): AnchorResult => {
      const startCp = newIndex.toCodePoint(newStart);
      return {
        state: startCp === claim.position.start ? "anchored" : "moved",
        start: startCp,
        end: newIndex.toCodePoint(newStart + exact.length),
        exact,
        confidence,
        needsReview: confidence < reviewThreshold,
        method: "diff",
      };
    };
    const segment = map.containing(start, end);
    if (segment) {
      const newStart = segment.newStart + (start - segment.oldStart);
      const margin = Math.max(start - segment.oldStart, segment.oldStart + segment.length - end);
      if (margin < ALIGNMENT_GUARD) {
        // Context first: it is local and usually intact, while looking for copies scans the text.
        const before = contextEvidence(prefix, newText, newStart, "before");
        const context =
          before >= CONTEXT_PRESENT
            ? before
            : Math.max(before, contextEvidence(suffix, newText, newStart + exact.length, "after"));
        if (context < CONTEXT_PRESENT && hasCopies(exact, start)) return found(newStart, DOUBTFUL_TWIN_CONFIDENCE);
      }
      // A copy of its words removed or added right beside the unchanged stretch: the diff may
      // have kept either copy.
      const [before, after] = map.changesBeside(segment, oldText.length, newText.length);
      const newEnd = newStart + exact.length;
      const twinned =
        twinInChange(oldText, before!.oldStart, before!.oldEnd, before!.oldEnd, end, true) ||
        twinInChange(newText, before!.newStart, before!.newEnd, before!.newEnd, newEnd, true) ||
        twinInChange(oldText, after!.oldStart, after!.oldEnd, start, after!.oldStart, false) ||
        twinInChange(newText, after!.newStart, after!.newEnd, newStart, after!.newStart, false);
      if (twinned) return found(newStart, DOUBTFUL_TWIN_CONFIDENCE);
      // Text added right beside the claim holding its words edited (a twin inserted next to the
      // claim's sentence, one of the two edited): the diff may have kept the wrong copy.
      if (
        (after!.newEnd > after!.newStart &&
          after!.newStart - newEnd < NEARBY &&
          editedCopyIn(newText, exact, after!.newStart, after!.newEnd + exact.length, newStart)) ||
        (before!.newEnd > before!.newStart &&
          newStart - before!.newEnd < NEARBY &&
          editedCopyIn(newText, exact, before!.newStart - exact.length, before!.newEnd, newStart))
      )
        return found(newStart, DOUBTFUL_TWIN_CONFIDENCE);
      // Text inserted within a sentence of the claim, and its words edited just beside it (the
      // inserted text may end in the claim's own edited sentence): the diff may have kept the twin.
      const inserted = (c: { oldStart: number; oldEnd: number; newStart: number; newEnd: number }) =>
        c.newEnd - c.newStart - (c.oldEnd - c.oldStart) >= exact.length / 2;
      const placed = found(newStart, 1);
      if (
        ((inserted(before!) && newStart - before!.newEnd < TWIN_REACH) ||
          (inserted(after!) && after!.newStart - newEnd < TWIN_REACH)) &&
        editedTwinBeside(newIndex, claim, placed)
      )
        return found(newStart, DOUBTFUL_TWIN_CONFIDENCE);
      return placed;
    }

    // The edit touched the claim.
    const newStart = map.toNew(start, "start");
    const newEnd = Math.max(newStart, map.toNew(end, "end"));
    // Text that is another passage, unchanged: a twin of this claim there is not this claim. An
    // edited match is ruled out when most of it is long unchanged stretches of other text.
    const isOtherPassage = (s: number, e: number) => map.isOtherPassage(s, e, start, end);
    const reject = (s: number, e: number) =>
      isOtherPassage(s, e) || map.othersIn(s, e, start, end, PASSAGE_LENGTH) * 2 > e - s;
    // A place inside [s, e) passing `reject` keeps at least half of its length, so at least half
    // of `shortest`, out of other passages: a window with less than that left is all rejected.
    const rejectsAll = (s: number, e: number, shortest: number) =>
      (e - s - map.othersIn(s, e, start, end, PASSAGE_LENGTH)) * 2 < shortest;
    // Its words intact at or just beside the mapped place: the edit was around it, or the diff
    // paired one of its words with a twin elsewhere.
    let nearest = -1;
    // Searched in a slice: indexOf over the whole text would scan to its end for every touched claim.
    const from = Math.max(0, newStart - exact.length - NEARBY);
    const nearby = newText.slice(from, newEnd + NEARBY + exact.length);
    for (
      let found = nearby.indexOf(exact);
      found !== -1 && from + found <= newEnd + NEARBY;
      found = nearby.indexOf(exact, found + 1)
    ) {
      const at = from + found;
      if (
        !isOtherPassage(at, at + exact.length) &&
        (nearest === -1 || Math.abs(at - newStart) < Math.abs(nearest - newStart))
      )
        nearest = at;
    }
    // A copy beside the mapped place is the claim only where its surroundings are still there: a
    // twin sentence next to it keeps the words, not the context.
    let nearbyContext = 0;
    if (nearest !== -1) {
      const before = contextEvidence(prefix, newText, nearest, "before");
      const after = contextEvidence(suffix, newText, nearest + exact.length, "after");
      // Overlapping the mapped place: the diff slipped. Wholly beside it: another sentence, maybe
      // a twin, while the claim's own words were edited in place (looked for next).
      const overlaps = nearest < Math.max(newEnd, newStart + 1) && nearest + exact.length > newStart;
      if (overlaps && Math.min(before, after) >= CONTEXT_PRESENT) {
        const placed = found(nearest, 1);
        // Its words edited right beside the copy: the edit may have been to the claim's own copy.
        return editedTwinBeside(newIndex, claim, placed) ? found(nearest, DOUBTFUL_TWIN_CONFIDENCE) : placed;
      }
      nearbyContext = Math.max(before, after);
    }
    // Mostly kept in place: changed. Similarity from the diff itself: kept characters over the
    // longer of the old and new spans.
    const kept = map.retained(start, end) / Math.max(exact.length, newEnd - newStart);
    if (newEnd > newStart && kept >= MIN_QUOTE_SIMILARITY) {
      const text = newText.slice(newStart, newEnd);
      return {
        state: "changed",
        start: newIndex.toCodePoint(newStart),
        end: newIndex.toCodePoint(newEnd),
        exact: text,
        confidence: Math.min(CHANGED_CONFIDENCE_CAP, kept),
        needsReview: true,
        method: "diff",
      };
    }
    // Its words beside the mapped place with one side of their surroundings: kept, flagged.
    if (nearest !== -1 && nearbyContext >= CONTEXT_PRESENT) return found(nearest, DOUBTFUL_TWIN_CONFIDENCE);
    // Removed from its place: deleted, moved, or rewritten. Quote matching, where the new text is
    // not the unchanged copy of another passage (a twin of a deleted sentence is not the claim).
    return addedTextMatcher().anchor(claim, {
      hint: newStart,
      reject,
      rejectsAll,
      sourceHasCopies: () => hasCopies(exact, start),
    });
  });
  return relocateByNeighbours(newIndex, claims, checkPlacements(newIndex, claims, results));
}
