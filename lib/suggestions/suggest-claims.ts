// Claim suggestions: every statement-shaped sentence (or its one checkable clause) scored by
// explainable rules, filtered, and ranked.
import { canStandAlone, splitClauses } from "./clauses";
import { CodePointIndex } from "../anchoring";
import { findQuotedCharacters, quotedShare } from "./quotation";
import { REASONS, type SuggestionReason } from "./reasons";
import { hasEvidence, scoreSpan, type ScoredSpan } from "./score-span";
import { classifySentence } from "./sentence-shape";
import { findSentenceRanges } from "./split-sentences";

export interface Suggestion {
  /** Code-point offsets in the revision text. */
  start: number;
  end: number;
  text: string;
  /** 0..1, higher is more likely to hold a checkable claim. */
  score: number;
  reasons: SuggestionReason[];
}

export interface SuggestClaimsOptions {
  /** At most this many suggestions (after filtering). Default: all. */
  limit?: number;
  /** Drop suggestions scoring below this. Default: DEFAULT_MIN_SCORE. */
  minScore?: number;
  /** Code-point ranges of existing claims: suggestions overlapping them are skipped. */
  exclude?: Array<{ start: number; end: number }>;
}

/**
 * One strong signal (money 0.4, percentage 0.4, quantity 0.3) passes alone; a medium one (date,
 * comparison, superlative, legal: 0.2) needs a name or another signal beside it; a bare
 * attribution ("X said", 0.12 + 0.1) does not pass. Chosen on the seed articles (lib/suggestions/README.md).
 */
export const DEFAULT_MIN_SCORE = 0.25;

/** Suggested claims of a revision text, highest score first. */
export function suggestClaims(text: string, options: SuggestClaimsOptions = {}): Suggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const exclude = options.exclude ?? [];
  const index = new CodePointIndex(text);
  const toCodePoint = (utf16: number) => index.toCodePoint(utf16);
  const quoted = findQuotedCharacters(text);
  const suggestions: Suggestion[] = [];
  for (const sentence of findSentenceRanges(text)) {
    if (classifySentence(text.slice(sentence.start, sentence.end)) !== "statement") continue;
    const span = chooseSpan(text, quoted, sentence.start, sentence.end);
    if (span.score < minScore || !hasEvidence(span)) continue;
    const start = toCodePoint(span.start);
    const end = toCodePoint(span.end);
    if (exclude.some((range) => start < range.end && range.start < end)) continue;
    suggestions.push({ start, end, text: text.slice(span.start, span.end), score: span.score, reasons: span.reasons });
  }
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  return options.limit === undefined ? suggestions : suggestions.slice(0, Math.max(0, options.limit));
}

type ScoredRange = ScoredSpan & { start: number; end: number };

function chooseSpan(text: string, quoted: Uint8Array, start: number, end: number): ScoredRange {
  const score = (from: number, to: number): ScoredRange => ({
    start: from,
    end: to,
    ...scoreSpan(text.slice(from, to), quotedShare(text, quoted, from, to)),
  });
  const whole = score(start, end);
  const clauses = splitClauses(text.slice(start, end)).map((clause) => score(start + clause.start, start + clause.end));
  if (clauses.length < 2) return whole;
  const withEvidence = clauses.filter(hasEvidence);
  const only = withEvidence[0];
  // Narrow only when exactly one clause carries evidence and it reads as a claim on its own.
  if (withEvidence.length !== 1 || !only || !canStandAlone(text.slice(only.start, only.end))) return whole;
  // "..., though X, he said": an attribution speaks for the whole sentence, not for its clause.
  if (
    only.reasons.some(
      (reason) => reason.code === REASONS.attribution.code || reason.code === REASONS.namedAttribution.code,
    )
  )
    return whole;
  return only.score >= whole.score ? only : whole;
}
