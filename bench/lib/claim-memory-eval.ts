// Measures claim memory on the labelled cases (bench/fixtures/claim-memory-pairs.ts), without a
// database: each reworded claim (`same`) ranks a corpus holding every case's claim and near misses
// plus distractor sentences; its case's original claim should come first (P@1) or in the top three
// (R@3). Its sibling rewordings are left out of its ranking (they are neither right nor wrong).
// Pairs (claim with each `same` and each `near`) measure the score threshold.
import { claimFeatures, type ClaimFeatures } from "../../lib/claim-memory/claim-features";
import { DEFAULT_WEIGHTS, scoreSimilarity, type SimilarityWeights } from "../../lib/claim-memory/score-similarity";
import { CLAIM_CASES, type ClaimCase } from "../fixtures/claim-memory-pairs";

export type Split = "tuning" | "held-out";

export function casesOf(split: Split): { index: number; item: ClaimCase }[] {
  return CLAIM_CASES.map((item, index) => ({ index, item })).filter(({ index }) =>
    split === "held-out" ? index % 3 === 2 : index % 3 !== 2,
  );
}

export interface CorpusEntry {
  text: string;
  /** The case whose original claim this is, or null (a near miss or a distractor). */
  claimOf: number | null;
}

export function labelledCorpus(distractors: string[]): CorpusEntry[] {
  return [
    ...CLAIM_CASES.map((c, index) => ({ text: c.claim, claimOf: index })),
    ...CLAIM_CASES.flatMap((c) => c.near.map((text) => ({ text, claimOf: null }))),
    ...distractors.map((text) => ({ text, claimOf: null })),
  ];
}

export interface RankingFigures {
  queries: number;
  precisionAt1: number;
  recallAt3: number;
}

/** P@1 and R@3 from each query's ranked case indexes (null: not an original claim). */
export function rankingFigures(rankings: { expected: number; ranked: (number | null)[] }[]): RankingFigures {
  const hits = (k: number) => rankings.filter((r) => r.ranked.slice(0, k).includes(r.expected)).length;
  return { queries: rankings.length, precisionAt1: hits(1) / rankings.length, recallAt3: hits(3) / rankings.length };
}

const cache = new Map<string, ClaimFeatures>();
const features = (text: string) => {
  let found = cache.get(text);
  if (!found) cache.set(text, (found = claimFeatures(text)));
  return found;
};

export function evaluateRanking(
  split: Split,
  corpus: CorpusEntry[],
  weights: SimilarityWeights = DEFAULT_WEIGHTS,
): RankingFigures {
  const rankings = casesOf(split).flatMap(({ index, item }) =>
    item.same.map((query) => {
      const q = features(query);
      const ranked = corpus
        .map((entry) => ({ entry, score: scoreSimilarity(q, features(entry.text), weights).score }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 3)
        .map((r) => r.entry.claimOf);
      return { expected: index, ranked };
    }),
  );
  return rankingFigures(rankings);
}

export interface ThresholdFigures {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
}

export function labelledPairs(split: Split): { a: string; b: string; same: boolean }[] {
  return casesOf(split).flatMap(({ item }) => [
    ...item.same.map((b) => ({ a: b, b: item.claim, same: true })),
    ...item.near.map((b) => ({ a: item.claim, b, same: false })),
  ]);
}

export function thresholdFigures(
  split: Split,
  threshold: number,
  weights: SimilarityWeights = DEFAULT_WEIGHTS,
): ThresholdFigures {
  const pairs = labelledPairs(split).map((p) => ({
    ...p,
    score: scoreSimilarity(features(p.a), features(p.b), weights).score,
  }));
  const predicted = pairs.filter((p) => p.score >= threshold);
  const truePositives = predicted.filter((p) => p.same).length;
  const positives = pairs.filter((p) => p.same).length;
  const precision = predicted.length ? truePositives / predicted.length : 1;
  const recall = truePositives / positives;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1, pairs: pairs.length };
}

/** The threshold (in steps of 0.01) with the best F1 on `split`. */
export function bestThreshold(split: Split, weights: SimilarityWeights = DEFAULT_WEIGHTS): ThresholdFigures {
  let best = thresholdFigures(split, 0, weights);
  for (let t = 0.01; t <= 1; t += 0.01) {
    const figures = thresholdFigures(split, Math.round(t * 100) / 100, weights);
    if (figures.f1 > best.f1) best = figures;
  }
  return best;
}
