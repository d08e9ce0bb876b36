// Precision and recall of suggestions against hand-labelled check-worthy sentences. A suggestion
// is a hit when it overlaps a labelled sentence (a suggested clause counts for its sentence).
import { CodePointIndex } from "../anchoring";
import { DEFAULT_MIN_SCORE, suggestClaims, type Suggestion } from "./suggest-claims";

export interface Range {
  start: number;
  end: number;
}

export interface Figures {
  /** Hits among the suggestions considered, over how many were considered. */
  precision: number;
  /** Labelled claims overlapped by a considered suggestion, over all labelled claims. */
  recall: number;
  hits: number;
  considered: number;
  found: number;
  labelled: number;
}

export interface ArticleFigures {
  name: string;
  atK: Record<number, Figures>;
  atThreshold: Figures;
}

export const EVALUATED_K = [5, 10] as const;

/** Code-point ranges of labelled quotes; throws when a quote is not in the text exactly once. */
export function locateLabels(text: string, quotes: readonly string[]): Range[] {
  const index = new CodePointIndex(text);
  const toCodePoint = (utf16: number) => index.toCodePoint(utf16);
  return quotes.map((quote) => {
    const at = text.indexOf(quote);
    if (at < 0 || text.indexOf(quote, at + 1) >= 0)
      throw new Error(`Label not found exactly once: ${quote.slice(0, 60)}`);
    return { start: toCodePoint(at), end: toCodePoint(at + quote.length) };
  });
}

/** Figures for one ranked list of suggestions. */
export function measure(suggestions: readonly Range[], labels: readonly Range[]): Figures {
  const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
  const hits = suggestions.filter((s) => labels.some((label) => overlaps(s, label))).length;
  const found = labels.filter((label) => suggestions.some((s) => overlaps(s, label))).length;
  return {
    precision: suggestions.length === 0 ? 0 : hits / suggestions.length,
    recall: labels.length === 0 ? 0 : found / labels.length,
    hits,
    considered: suggestions.length,
    found,
    labelled: labels.length,
  };
}

/** precision@k and recall@k over the full ranking, and both at the default threshold. */
export function evaluateArticle(name: string, text: string, quotes: readonly string[]): ArticleFigures {
  const labels = locateLabels(text, quotes);
  const ranking: Suggestion[] = suggestClaims(text, { minScore: 0 });
  const atK: Record<number, Figures> = {};
  for (const k of EVALUATED_K) atK[k] = measure(ranking.slice(0, k), labels);
  const atThreshold = measure(suggestClaims(text, { minScore: DEFAULT_MIN_SCORE }), labels);
  return { name, atK, atThreshold };
}

/** Pools several articles' counts (micro-average). */
export function poolFigures(parts: readonly Figures[]): Figures {
  const sum = (pick: (f: Figures) => number) => parts.reduce((total, f) => total + pick(f), 0);
  const hits = sum((f) => f.hits);
  const considered = sum((f) => f.considered);
  const found = sum((f) => f.found);
  const labelled = sum((f) => f.labelled);
  return {
    precision: considered === 0 ? 0 : hits / considered,
    recall: labelled === 0 ? 0 : found / labelled,
    hits,
    considered,
    found,
    labelled,
  };
}
