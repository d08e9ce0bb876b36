// Test and evaluation helper: revision texts of the seed articles (through the real importer) and
// of the fictional hold-out articles, with the hand-made labels. Never used at run time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRevisionText, parseTextArticle } from "../article-import";

export interface LabelledArticle {
  name: string;
  /** Revision text: blocks joined by "\n\n". */
  text: string;
  /** Exact quotes of the check-worthy sentences, as labelled by hand. */
  claims: string[];
}

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

function readFixture(name: string): string {
  return readFileSync(FIXTURES + name, "utf8");
}

/** A seed article as the app stores it: parsed by the importer, blocks joined into revision text. */
function seedRevisionText(fileName: string): string {
  const raw = readFileSync(join(process.cwd(), "prisma/seed/articles", fileName));
  return buildRevisionText(parseTextArticle(raw).blocks).text;
}

/** Already in revision-text form (blank-line separated blocks); only surrounding whitespace goes. */
export function buildPlainText(raw: string): string {
  return raw
    .trim()
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .join("\n\n");
}

type LabelFile = Record<string, { claims: string[] }>;

function loadLabels(file: string): LabelFile {
  return JSON.parse(readFixture(file)) as LabelFile;
}

function labelled(name: string, text: string, labels: LabelFile): LabelledArticle {
  const entry = labels[name];
  if (!entry) throw new Error(`No labels for ${name}`);
  return { name, text, claims: entry.claims };
}

/** The two seed articles with their labels. */
export function loadSeedArticles(): LabelledArticle[] {
  const labels = loadLabels("seed-labels.json");
  return [
    labelled("000_743fd5c741a335b6", seedRevisionText("000_743fd5c741a335b6.txt"), labels),
    labelled("003_b661382ebc12cbce", seedRevisionText("003_b661382ebc12cbce.txt"), labels),
  ];
}

/** Written-from-scratch fictional articles in other news styles, to check that the rules generalise. */
export function loadHoldoutArticles(): LabelledArticle[] {
  const labels = loadLabels("holdout-labels.json");
  return Object.keys(labels).map((name) => labelled(name, buildPlainText(readFixture(`${name}.txt`)), labels));
}
