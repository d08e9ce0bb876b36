// Every threshold of the anchoring library in one place, with the reason for its value. They were
// set on the generated news articles of bench/anchoring.ts (and checked on other seeds than the
// ones it prints), not on real articles; see README.md.

/** A found claim below this confidence is flagged for a person to check (needsReview). */
export const REVIEW_THRESHOLD = 0.9;

/** Weights of the overall score of a place a claim may be: its words, its surroundings, its position. */
export const WEIGHTS = { quote: 0.55, context: 0.3, position: 0.15 } as const;

/**
 * An approximate match must keep at least this share of the claim's words (1 − edits / length) and
 * reach MIN_MATCH_SCORE overall, or the claim is orphaned. At 0.6 a sentence with a clause
 * rewritten is still found; a different sentence built from the same news phrases is not (such
 * look-alikes score 0.4–0.55 on the quote).
 */
export const MIN_QUOTE_SIMILARITY = 0.6;
export const MIN_MATCH_SCORE = 0.6;

/** The approximate search allows this many edits per unit of the claim (beyond it: not the claim). */
export const MAX_ERROR_SHARE = 0.4;

/** Context evidence (0..1, see contextEvidence) from which a side counts as still there / intact. */
export const CONTEXT_PRESENT = 0.5;
export const CONTEXT_INTACT = 0.9;

/**
 * Position evidence falls from 1 at the expected place to 0 at this many UTF-16 units away, or a
 * tenth of the text if that is more: how far scattered edits plausibly shift a sentence.
 */
export const NEAR_DISTANCE = 2000;

/** The best of several exact copies is trusted only this far (in score) ahead of the next. */
export const COPY_MARGIN = 0.15;

/** Two approximate matches closer than this in score are ambiguous: confidence drops to 0.5. */
export const AMBIGUITY_MARGIN = 0.05;

/** Confidence of a claim found once, elsewhere, in new surroundings: flagged, because it may be another passage. */
export const LONE_COPY_CONFIDENCE = 0.75;

/** Confidence of an exact copy kept although an edited match elsewhere scored higher (flagged). */
export const CONTESTED_COPY_CONFIDENCE = 0.8;

/** Highest confidence of a changed claim (always flagged). */
export const CHANGED_CONFIDENCE_CAP = 0.89;

/** Confidence of a placement that failed a final check (placement-check.ts): flagged. */
export const DOUBTFUL_PLACEMENT_CONFIDENCE = 0.7;

/**
 * A claim's shift (new start − old start) agrees with a neighbouring claim's when they differ by at
 * most NEIGHBOUR_SLACK code points plus this share of the distance between the two claims: scattered
 * word edits between them shift one a little against the other (a fifth of the words rewritten: a
 * few characters per hundred), while a copy of its words in another sentence is a sentence away.
 */
export const NEIGHBOUR_SLACK = 24;
/** Claims closer than this (code points) to a claim are not its neighbours: they share its sentence. */
export const NEIGHBOUR_GAP = 64;
export const NEIGHBOUR_SLACK_SHARE = 0.1;

/**
 * Without the old revision, one claim on its own: a copy of its words farther than this (UTF-16
 * units) from where it was is flagged. Scattered edits shift text by tens of characters; a twin
 * sentence is elsewhere, and its context may be the same.
 */
export const MOVE_TOLERANCE = 256;

/**
 * A copy of a claim's words differing by at most this share of its characters, right beside its
 * placement, is its twin edited (placement-check.ts), for claims at least TWIN_MIN_LENGTH long:
 * different sentences of one template differ by more; shorter claims are stock phrases.
 */
export const EDITED_TWIN_ERRORS = 0.3;
/** How far beyond a claim's own length its edited twin is looked for (about a sentence). */
export const TWIN_REACH = 96;
export const TWIN_MIN_LENGTH = 16;
