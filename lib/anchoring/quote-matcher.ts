// Finding a claim in a text from its selectors alone: the stored position first, then the exact
// quote (every occurrence, told apart by prefix, suffix and position), then approximate matching
// that scores quote, prefix, suffix and position together. Below the thresholds (thresholds.ts)
// the claim is orphaned: never silently moved.
import { CodePointIndex } from "./code-points";
import { GRAM, GramIndex, type TextRange } from "./gram-index";
import {
  approximateCandidates,
  exactCandidates,
  type Candidate,
  type Claim,
  type Reject,
  type RejectsAll,
} from "./quote-candidates";
import { cutsWord } from "./placement-check";
import { orphaned, type AnchorResult, type ClaimSelectors } from "./selectors";
import {
  AMBIGUITY_MARGIN,
  CHANGED_CONFIDENCE_CAP,
  CONTEXT_INTACT,
  CONTESTED_COPY_CONFIDENCE,
  CONTEXT_PRESENT,
  COPY_MARGIN,
  DOUBTFUL_PLACEMENT_CONFIDENCE,
  LONE_COPY_CONFIDENCE,
  MOVE_TOLERANCE,
  REVIEW_THRESHOLD,
} from "./thresholds";

export interface AnchorOptions {
  /** Below this confidence a found claim is flagged for review (default 0.9). */
  reviewThreshold?: number;
}

interface MatcherOptions extends AnchorOptions {
  /**
   * An exact copy of a claim's words more than MOVE_TOLERANCE from where it was: "flag" it (one
   * claim on its own: nothing tells a twin sentence from the claim moved), or leave it to
   * "neighbours" (a batch: checkPlacements compares its shift with its neighbours').
   */
  distantCopies?: "flag" | "neighbours";
  /** Look for the claim, exact or edited, only where it overlaps these sorted UTF-16 ranges (default: anywhere). */
  editedIn?: readonly TextRange[];
}

export interface MatchHints {
  /** Expected start, UTF-16 (default: the stored position). */
  hint?: number;
  /** Places that cannot be the claim. */
  reject?: Reject;
  /** Windows where every place would be rejected (a shortcut that `reject` answers for). */
  rejectsAll?: RejectsAll;
  /**
   * Whether the claim's words occurred more than once where it came from (one found copy may be
   * another passage). A function, as answering may scan the old text: asked only once a copy is found.
   */
  sourceHasCopies?: () => boolean;
}

interface Decision {
  candidate: Candidate;
  confidence: number;
  /** No approximate match could be likelier. */
  settled: boolean;
}

export class QuoteMatcher {
  readonly index: CodePointIndex;
  private readonly text: string;
  private readonly reviewThreshold: number;
  private readonly editedIn: readonly TextRange[] | undefined;
  private readonly distantCopies: "flag" | "neighbours";
  private grams: GramIndex | null = null;

  constructor(text: string | CodePointIndex, options: MatcherOptions = {}) {
    this.index = typeof text === "string" ? new CodePointIndex(text) : text;
    this.text = this.index.text;
    this.reviewThreshold = options.reviewThreshold ?? REVIEW_THRESHOLD;
    this.editedIn = options.editedIn;
    this.distantCopies = options.distantCopies ?? "flag";
  }

  private readonly gramIndex = (): GramIndex =>
    (this.grams ??= new GramIndex(
      this.text,
      this.editedIn?.map((r) => ({ start: r.start - GRAM, end: r.end })),
    ));

  anchor(selectors: ClaimSelectors, hints: MatchHints = {}): AnchorResult {
    const { exact, prefix, suffix } = selectors.quote;
    const claim: Claim = { exact, prefix, suffix, hint: hints.hint ?? this.index.toUtf16(selectors.position.start) };
    if (!exact) return this.anchorEmpty(selectors, claim);
    // The stored position with the stored text and all of its context: nothing else can be likelier.
    if (
      this.text.startsWith(exact, claim.hint) &&
      !hints.reject?.(claim.hint, claim.hint + exact.length) &&
      this.contextIntact(claim, claim.hint)
    ) {
      return this.result(selectors, claim.hint, claim.hint + exact.length, 1, "position");
    }
    const exactOnes = exactCandidates(this.text, claim, hints.reject, this.editedIn);
    const decided = this.decideExact(exactOnes, hints.sourceHasCopies ?? (() => false));
    if (decided?.settled) {
      const { candidate } = decided;
      const confidence = this.farCopy(claim, candidate)
        ? Math.min(decided.confidence, CONTESTED_COPY_CONFIDENCE)
        : decided.confidence;
      return this.result(selectors, candidate.start, candidate.end, confidence, "quote");
    }
    // No copy that settles it: the claim may be there edited, beside a doubtful copy or none.
    const edited = approximateCandidates(this.text, this.gramIndex, claim, {
      reject: hints.reject,
      rejectsAll: hints.rejectsAll,
      ranges: this.editedIn,
    });
    const best = edited[0];
    // An edited match displaces an exact copy only where it keeps its surroundings on both sides.
    const editedInPlace = best && Math.min(best.before, best.after) >= CONTEXT_PRESENT;
    if (decided && (!best || !editedInPlace || decided.candidate.score >= best.score)) {
      // Kept over a likelier edited match (one that did not keep its surroundings on both sides):
      // the copy may be another passage with the same words, so it is flagged, never trusted.
      let confidence =
        best && best.score > decided.candidate.score
          ? Math.min(decided.confidence, CONTESTED_COPY_CONFIDENCE)
          : decided.confidence;
      if (this.farCopy(claim, decided.candidate)) confidence = Math.min(confidence, CONTESTED_COPY_CONFIDENCE);
      return this.result(selectors, decided.candidate.start, decided.candidate.end, confidence, "quote");
    }
    if (!best) return orphaned();
    const rival = edited.find((c) => c.end <= best.start || c.start >= best.end);
    const confidence = Math.min(
      CHANGED_CONFIDENCE_CAP,
      best.score,
      rival && best.score - rival.score < AMBIGUITY_MARGIN ? 0.5 : 1,
    );
    return this.result(selectors, best.start, best.end, confidence, "fuzzy");
  }

  /**
   * A copy of the claim's words away from where it was, found with no old revision to say the
   * claim moved: in text with repeated sentences it may be a twin of the claim, edited in place,
   * and its context cannot tell (a short claim inside a repeated sentence has the same context in
   * every copy). One claim on its own is kept there, flagged; in a batch its neighbours decide.
   */
  private farCopy(claim: Claim, candidate: Candidate): boolean {
    if (this.editedIn || this.distantCopies === "neighbours") return false;
    return Math.abs(candidate.start - claim.hint) > MOVE_TOLERANCE;
  }

  private contextIntact(claim: Claim, start: number): boolean {
    const end = start + claim.exact.length;
    const before = claim.prefix ? this.text.endsWith(claim.prefix, start) : start === 0;
    return before && (claim.suffix ? this.text.startsWith(claim.suffix, end) : end === this.text.length);
  }

  /**
   * The claim's words are in the text, maybe several times. Once: the claim, settled if its
   * surroundings still fit it on both sides, or on one side within reach of where it was; in new
   * surroundings (or far away with one side) it is still adopted, but
   * only after looking for the claim edited in place, and flagged if also far from where it was
   * (or if the claim's words had twins where it came from). Several times: settled only when one
   * copy keeps all of its context and clearly beats the next; adopted with a flag when it keeps
   * context on both sides, or on one side near where the claim was. Otherwise no copy is the claim
   * (it may have been deleted while its twins stayed): null.
   */
  private decideExact(candidates: Candidate[], hasCopies: () => boolean): Decision | null {
    const [best, second] = candidates as [Candidate | undefined, Candidate | undefined];
    if (!best) return null;
    const context = Math.max(best.before, best.after);
    const intact = Math.min(best.before, best.after) >= CONTEXT_INTACT;
    if (!second) {
      const sourceHasCopies = hasCopies();
      // Context on one side only, far from where the claim was, may be a look-alike passage: the
      // claim edited in place is looked for before adopting it.
      const fits = sourceHasCopies
        ? intact
        : (context >= CONTEXT_INTACT && best.near > 0) || Math.min(best.before, best.after) >= CONTEXT_PRESENT;
      if (fits) return { candidate: best, confidence: 0.9 + 0.1 * context, settled: true };
      const evidence = Math.max(context, best.near);
      return {
        candidate: best,
        confidence: !sourceHasCopies && evidence >= CONTEXT_PRESENT ? 0.9 + 0.1 * evidence : LONE_COPY_CONFIDENCE,
        settled: false,
      };
    }
    if (intact && best.score - second.score >= COPY_MARGIN)
      return { candidate: best, confidence: 0.9 + 0.1 * Math.min(best.before, best.after), settled: true };
    const claimLike =
      Math.min(best.before, best.after) >= CONTEXT_PRESENT ||
      (context >= CONTEXT_PRESENT && best.near >= 0.5) ||
      best.near >= 0.95;
    return claimLike ? { candidate: best, confidence: Math.min(0.85, 0.3 + 0.6 * best.score), settled: false } : null;
  }

  /** An empty claim (a caret) is found only where its whole context still is. */
  private anchorEmpty(selectors: ClaimSelectors, claim: Claim): AnchorResult {
    if ((claim.prefix || claim.suffix) && this.contextIntact(claim, claim.hint))
      return this.result(selectors, claim.hint, claim.hint, 1, "position");
    const at = claim.prefix && claim.suffix ? this.text.indexOf(claim.prefix + claim.suffix) : -1;
    if (at !== -1 && this.text.indexOf(claim.prefix + claim.suffix, at + 1) === -1)
      return this.result(selectors, at + claim.prefix.length, at + claim.prefix.length, 0.9, "quote");
    return orphaned();
  }

  private result(
    selectors: ClaimSelectors,
    start: number,
    end: number,
    confidence: number,
    method: "position" | "quote" | "fuzzy",
  ): AnchorResult {
    const startCp = this.index.toCodePoint(start);
    const exact = this.text.slice(start, end);
    const same = exact === selectors.quote.exact;
    // The claim's words, but its first or last word now longer: edited, not intact.
    if (same && cutsWord(this.text, start, end, selectors))
      confidence = Math.min(confidence, DOUBTFUL_PLACEMENT_CONFIDENCE);
    return {
      state: !same ? "changed" : startCp === selectors.position.start ? "anchored" : "moved",
      start: startCp,
      end: this.index.toCodePoint(end),
      exact,
      confidence,
      needsReview: !same || confidence < this.reviewThreshold,
      method,
    };
  }
}

// Preparing a text (code point table, 8-gram index) costs more than finding one claim in it, so
// the matcher of the text last searched is kept: anchoring many claims in one text one call at a
// time costs what one shared QuoteMatcher does. Keyed by the CodePointIndex object when one is
// passed, else by the string (one entry: a revision's text, about 10 bytes per character).
const byIndex = new WeakMap<CodePointIndex, QuoteMatcher>();
let lastText: { text: string; reviewThreshold: number | undefined; matcher: QuoteMatcher } | null = null;

function matcherFor(text: string | CodePointIndex, options: AnchorOptions): QuoteMatcher {
  if (typeof text !== "string") {
    if (options.reviewThreshold !== undefined) return new QuoteMatcher(text, options);
    let matcher = byIndex.get(text);
    if (!matcher) byIndex.set(text, (matcher = new QuoteMatcher(text)));
    return matcher;
  }
  if (lastText?.text !== text || lastText.reviewThreshold !== options.reviewThreshold)
    lastText = { text, reviewThreshold: options.reviewThreshold, matcher: new QuoteMatcher(text, options) };
  return lastText.matcher;
}

export function anchorInText(
  text: string | CodePointIndex,
  selectors: ClaimSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  return matcherFor(text, options).anchor(selectors);
}
