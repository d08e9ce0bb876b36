// How likely two claims are the same claim, 0..1, with the reasons a person reads: shared figures,
// names and key terms raise it; other figures, other actors, a negation or the opposite direction
// ("rose" / "fell") lower it, because a near miss shares words but not the claim.
import type { ClaimFeatures } from "./claim-features";
import { OPPOSITE_CONCEPTS } from "./claim-lexicon";
import { formatFigure, sameFigure, type Figure } from "./parse-figures";

export type SimilarityReasonKind =
  "figures" | "names" | "terms" | "other_figures" | "other_names" | "negation" | "direction";

export interface SimilarityReason {
  kind: SimilarityReasonKind;
  /** What a person reads: "Same figures: 30,000". */
  label: string;
  /** The figures, names or terms the reason is about, as the similar claim writes them. */
  values: string[];
}

export interface Similarity {
  score: number;
  reasons: SimilarityReason[];
}

export interface SimilarityWeights {
  terms: number;
  trigrams: number;
  figures: number;
  names: number;
  /** Factors applied when the claims disagree. */
  otherFigures: number;
  otherNames: number;
  negation: number;
  direction: number;
}

/** Tuned by bench/claim-memory-tune.ts on the tuning part of the labelled cases (the held-out part never). */
export const DEFAULT_WEIGHTS: SimilarityWeights = {
  terms: 0.4,
  trigrams: 0.1,
  figures: 0.15,
  names: 0.15,
  otherFigures: 0.35,
  otherNames: 0.4,
  negation: 0.35,
  direction: 0.5,
};

/** At or above this score a similar claim is shown as likely the same claim (best F1 on the tuning part). */
export const SAME_CLAIM_THRESHOLD = 0.43;

function dice<T>(a: Set<T>, b: Set<T>, weight: (item: T) => number = () => 1): number {
  let shared = 0;
  let total = 0;
  for (const item of a) {
    total += weight(item);
    if (b.has(item)) shared += 2 * weight(item);
  }
  for (const item of b) total += weight(item);
  return total === 0 ? 0 : shared / total;
}

function matchFigures(a: Figure[], b: Figure[]) {
  const sharedB = new Set<number>();
  const shared: Figure[] = [];
  const onlyA: Figure[] = [];
  for (const figure of a) {
    const index = b.findIndex((other, k) => !sharedB.has(k) && sameFigure(figure, other));
    if (index >= 0) {
      sharedB.add(index);
      shared.push(b[index]!);
    } else onlyA.push(figure);
  }
  const onlyB = b.filter((_, k) => !sharedB.has(k));
  return { shared, onlyA, onlyB };
}

const list = (values: string[]) => [...new Set(values)];

/** `a` is the claim being read, `b` a candidate; reasons quote `b`'s words. */
export function scoreSimilarity(
  a: ClaimFeatures,
  b: ClaimFeatures,
  weights: SimilarityWeights = DEFAULT_WEIGHTS,
): Similarity {
  const reasons: SimilarityReason[] = [];
  const say = (key: string) => b.surface.get(key);
  const words = (concepts: Iterable<string>) => list([...concepts].map((c) => say(c) ?? c));

  const termSim = dice(a.terms, b.terms, (term) => (a.names.has(term) || b.names.has(term) ? 2 : 1));
  const trigramSim = dice(a.trigrams, b.trigrams);
  let total = weights.terms * termSim + weights.trigrams * trigramSim;
  let weight = weights.terms + weights.trigrams;

  const figures = matchFigures(a.figures, b.figures);
  const figureCount = a.figures.length + b.figures.length;
  if (figureCount > 0) {
    // A figure one side leaves out counts half as much as one both state.
    const oneSided = a.figures.length === 0 || b.figures.length === 0;
    const w = oneSided ? weights.figures / 2 : weights.figures;
    total += (w * (2 * figures.shared.length)) / figureCount;
    weight += w;
  }
  const sharedNames = [...a.names].filter((n) => b.names.has(n));
  if (a.names.size + b.names.size > 0) {
    total += weights.names * dice(a.names, b.names);
    weight += weights.names;
  }
  let score = weight === 0 ? 0 : total / weight;

  if (figures.shared.length)
    reasons.push({
      kind: "figures",
      label: `Same figures: ${list(figures.shared.map(formatFigure)).join(", ")}`,
      values: list(figures.shared.map(formatFigure)),
    });
  if (sharedNames.length)
    reasons.push({ kind: "names", label: `Same names: ${words(sharedNames).join(", ")}`, values: words(sharedNames) });
  const sharedTerms = [...a.terms].filter((t) => b.terms.has(t) && !a.names.has(t) && !b.names.has(t));
  if (sharedTerms.length) {
    const shown = words(sharedTerms.sort((x, y) => y.length - x.length).slice(0, 5));
    reasons.push({ kind: "terms", label: `Key terms: ${shown.join(", ")}`, values: shown });
  }

  // Disagreements: each lowers the score by its factor.
  const conflictingFigures = figures.onlyA.filter((f) => figures.onlyB.some((g) => g.kind === f.kind));
  if (conflictingFigures.length) {
    score *= weights.otherFigures;
    const theirs = list(figures.onlyB.map(formatFigure));
    reasons.push({
      kind: "other_figures",
      label: `Other figures: ${theirs.join(", ")} (this claim: ${list(conflictingFigures.map(formatFigure)).join(", ")})`,
      values: theirs,
    });
  }
  const onlyA = [...a.names].filter((n) => !b.names.has(n) && !b.terms.has(n));
  const onlyB = [...b.names].filter((n) => !a.names.has(n) && !a.terms.has(n));
  if (onlyA.length && onlyB.length) {
    score *= weights.otherNames;
    reasons.push({ kind: "other_names", label: `Other names: ${words(onlyB).join(", ")}`, values: words(onlyB) });
  }
  if (a.negated !== b.negated) {
    score *= weights.negation;
    reasons.push({
      kind: "negation",
      label: b.negated ? "It says the opposite (negated)" : "This claim is negated, it is not",
      values: [],
    });
  }
  // One says "rose", the other "fell" (and neither says both).
  const opposite = OPPOSITE_CONCEPTS.find(
    ([x, y]) =>
      a.negated === b.negated &&
      ((a.directions.has(x) && !a.directions.has(y) && b.directions.has(y) && !b.directions.has(x)) ||
        (a.directions.has(y) && !a.directions.has(x) && b.directions.has(x) && !b.directions.has(y))),
  );
  if (opposite) {
    score *= weights.direction;
    const direction = opposite.find((side) => b.directions.has(side))!;
    reasons.push({
      kind: "direction",
      label: `Opposite direction: ${say(direction) ?? direction}`,
      values: [say(direction) ?? direction],
    });
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reasons };
}
