import { describe, expect, it } from "vitest";
import { evaluateArticle, locateLabels, measure, poolFigures, type ArticleFigures } from "./evaluation";
import { loadHoldoutArticles, loadSeedArticles } from "./fixture-articles";

// Floors just under the figures the rules reach today (lib/suggestions/README.md lists the exact figures); a
// change that lowers quality below them fails here.
const seed = loadSeedArticles().map((a) => evaluateArticle(a.name, a.text, a.claims));
const holdout = loadHoldoutArticles().map((a) => evaluateArticle(a.name, a.text, a.claims));
const pool = (results: ArticleFigures[], pick: (r: ArticleFigures) => ReturnType<typeof measure>) =>
  poolFigures(results.map(pick));

describe("seed article fixtures", () => {
  it("build revision texts without metadata lines", () => {
    const [herald, voa] = loadSeedArticles();
    expect(herald!.text).not.toMatch(/Published :|photo credit|Korea Herald Correspondent|@heraldcorp/);
    expect(herald!.text.startsWith("SINGAPORE -- ")).toBe(true);
    expect(voa!.text).not.toMatch(/^http|^20$|^2$/m);
    expect(voa!.text.split("\n\n")).toContain("Jangmadang generation");
    for (const { text } of [herald!, voa!]) expect(text).not.toMatch(/\n\n\n|^\s|\s$/);
  });

  it("have every label in the text exactly once", () => {
    for (const article of [...loadSeedArticles(), ...loadHoldoutArticles()]) {
      expect(locateLabels(article.text, article.claims)).toHaveLength(article.claims.length);
    }
  });
});

describe("measure", () => {
  it("counts overlapping suggestions as hits and covered labels as found", () => {
    const labels = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    const figures = measure(
      [
        { start: 2, end: 5 },
        { start: 10, end: 20 },
      ],
      labels,
    );
    expect(figures).toMatchObject({ precision: 0.5, recall: 0.5, hits: 1, found: 1 });
  });
});

describe("quality on the seed articles", () => {
  it("keeps precision@5 and @10 and recall@10", () => {
    expect(pool(seed, (r) => r.atK[5]!).precision).toBeGreaterThanOrEqual(0.9);
    expect(pool(seed, (r) => r.atK[10]!).precision).toBeGreaterThanOrEqual(0.8);
    expect(pool(seed, (r) => r.atK[10]!).recall).toBeGreaterThanOrEqual(0.55);
  });

  it("keeps precision and recall at the default threshold", () => {
    const figures = pool(seed, (r) => r.atThreshold);
    expect(figures.precision).toBeGreaterThanOrEqual(0.75);
    expect(figures.recall).toBeGreaterThanOrEqual(0.7);
    for (const article of seed) expect(article.atThreshold.recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe("quality on the fictional hold-out articles", () => {
  it("keeps precision@5, precision@10 and figures at the default threshold", () => {
    expect(pool(holdout, (r) => r.atK[5]!).precision).toBeGreaterThanOrEqual(0.9);
    expect(pool(holdout, (r) => r.atK[10]!).precision).toBeGreaterThanOrEqual(0.85);
    const figures = pool(holdout, (r) => r.atThreshold);
    expect(figures.precision).toBeGreaterThanOrEqual(0.8);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
  });
});
