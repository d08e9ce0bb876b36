// Prints precision@k, recall@k (k = 5, 10) and figures at the default threshold for the seed
// articles and, separately, the fictional hold-out articles. Run: npx tsx lib/suggestions/evaluate.ts
import { EVALUATED_K, evaluateArticle, poolFigures, type ArticleFigures, type Figures } from "./evaluation";
import { loadHoldoutArticles, loadSeedArticles, type LabelledArticle } from "./fixture-articles";
import { DEFAULT_MIN_SCORE } from "./suggest-claims";

function format(f: Figures): string {
  return `P=${f.precision.toFixed(2)} (${f.hits}/${f.considered})  R=${f.recall.toFixed(2)} (${f.found}/${f.labelled})`;
}

function report(title: string, articles: LabelledArticle[]): void {
  console.log(`\n== ${title}`);
  const results: ArticleFigures[] = articles.map((a) => evaluateArticle(a.name, a.text, a.claims));
  const rows: Array<[string, (r: ArticleFigures) => Figures]> = [
    ...EVALUATED_K.map((k): [string, (r: ArticleFigures) => Figures] => [`@${k}`, (r) => r.atK[k]!]),
    [`@threshold ${DEFAULT_MIN_SCORE}`, (r) => r.atThreshold],
  ];
  for (const result of results) {
    console.log(`  ${result.name}`);
    for (const [label, pick] of rows) console.log(`    ${label.padEnd(15)} ${format(pick(result))}`);
  }
  console.log("  overall (pooled)");
  for (const [label, pick] of rows) console.log(`    ${label.padEnd(15)} ${format(poolFigures(results.map(pick)))}`);
}

report("seed articles", loadSeedArticles());
report("hold-out fictional articles", loadHoldoutArticles());
