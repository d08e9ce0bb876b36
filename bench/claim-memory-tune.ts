// Tunes claim memory's weights on the tuning part of the labelled cases only (never the held-out
// part): a small grid, scored by P@1 plus the best threshold's F1. Prints the best; copy it into
// DEFAULT_WEIGHTS and SAME_CLAIM_THRESHOLD (lib/claim-memory/score-similarity.ts) by hand.
// Run: npx tsx bench/claim-memory-tune.ts
import { DEFAULT_WEIGHTS, type SimilarityWeights } from "../lib/claim-memory/score-similarity";
import { bestThreshold, evaluateRanking, labelledCorpus } from "./lib/claim-memory-eval";
import { newsSentence } from "./lib/news-text";
import { prng } from "./lib/prng";

const random = prng(11);
const corpus = labelledCorpus(Array.from({ length: 500 }, () => newsSentence(random)));
let best: { objective: number; weights: SimilarityWeights; summary: string } | null = null;
for (const terms of [0.4, 0.5, 0.6])
  for (const trigrams of [0.1, 0.2, 0.3])
    for (const otherNames of [0.4, 0.5, 0.7])
      for (const otherFigures of [0.35, 0.45, 0.6])
        for (const negation of [0.35, 0.45]) {
          const weights = { ...DEFAULT_WEIGHTS, terms, trigrams, otherNames, otherFigures, negation };
          const ranking = evaluateRanking("tuning", corpus, weights);
          const threshold = bestThreshold("tuning", weights);
          const objective = ranking.precisionAt1 + threshold.f1;
          if (!best || objective > best.objective + 1e-9)
            best = {
              objective,
              weights,
              summary: `P@1 ${ranking.precisionAt1.toFixed(3)} R@3 ${ranking.recallAt3.toFixed(3)} threshold ${threshold.threshold} F1 ${threshold.f1.toFixed(3)}`,
            };
        }
console.log(best?.summary, "\n", best?.weights);
