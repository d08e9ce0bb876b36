// What claim memory compares in a claim: its figures (parse-figures.ts), its terms as concepts
// (stemmed words, synonyms folded: "Seoul bans" and "South Korea forbids" both read
// "south korea", "ban"), the names among them, whether it is negated, the direction it points
// (rise / fall), and its character trigrams. Pure and deterministic.
import { stemmer } from "stemmer";
import {
  CAPITALS_ONLY,
  NAME_CONCEPTS,
  NEGATION_WORDS,
  OPPOSITE_CONCEPTS,
  STOP_WORDS,
  SYNONYM_GROUPS,
  SYNONYM_PHRASES,
} from "./claim-lexicon";
import { parseFigures, type Figure } from "./parse-figures";

export interface ClaimFeatures {
  /** Every concept of the claim: stems and synonym groups, names included. */
  terms: Set<string>;
  /** Concepts written as names (capitalised mid-sentence, or a known place or organisation). */
  names: Set<string>;
  /** How each concept was first written, for reasons ("south korea" → "South Korea"). */
  surface: Map<string, string>;
  figures: Figure[];
  negated: boolean;
  /** The opposite-concept pairs' side the claim takes ("increase" or "decrease"), if any. */
  directions: Set<string>;
  trigrams: Set<string>;
}

interface Word {
  text: string;
  lower: string;
  capitalised: boolean;
  sentenceStart: boolean;
  /** Followed by "'s" ("Ghana's"): a name even first in a sentence. */
  possessive: boolean;
}

// Dotted acronyms and abbreviated places, before tokens lose their dots.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bU\.\s?S\.(?:\s?A\.)?/g, "US"],
  [/\bU\.\s?K\./g, "UK"],
  [/\bU\.\s?N\./g, "UN"],
  [/\bS\.\s?Korea/g, "South Korea"],
  [/\bN\.\s?Korea/g, "North Korea"],
];

function words(text: string): Word[] {
  const found: Word[] = [];
  let sentenceStart = true;
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[.!?:;"“]/gu)) {
    const token = match[0];
    if (!/[\p{L}\p{N}]/u.test(token)) {
      sentenceStart = true;
      continue;
    }
    const after = text.slice(match.index + token.length, match.index + token.length + 3);
    found.push({
      text: token,
      lower: token.toLocaleLowerCase(),
      capitalised: /^\p{Lu}/u.test(token),
      sentenceStart,
      possessive: /^'s\b/.test(after),
    });
    sentenceStart = false;
  }
  return found;
}

const stems = new Map<string, string>();
function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, found);
  }
  return found;
}

/** Multi-word synonym phrases by their first word, longest first. */
const PHRASES_BY_FIRST_WORD = new Map<string, { words: string[]; concept: string }[]>();
for (const phrase of SYNONYM_PHRASES)
  if (phrase.words.length > 1) {
    const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]!) ?? [];
    list.push(phrase);
    PHRASES_BY_FIRST_WORD.set(phrase.words[0]!, list);
  }

const SINGLE_WORD_CONCEPT = new Map(
  SYNONYM_PHRASES.filter((p) => p.words.length === 1).map((p) => [p.words[0]!, p.concept] as const),
);
const STEM_CONCEPT = new Map<string, string>();
for (const [concept, phrases] of Object.entries(SYNONYM_GROUPS))
  for (const phrase of phrases) if (!phrase.includes(" ")) STEM_CONCEPT.set(stem(phrase), concept);

/** Character trigrams of each term, padded per word ("Zelensky" and "Zelenskyy" share most). */
function trigramsOf(terms: Iterable<string>): Set<string> {
  const grams = new Set<string>();
  for (const term of terms) {
    const padded = ` ${term} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

export function claimFeatures(claim: string): ClaimFeatures {
  let text = claim.normalize("NFKC").replace(/[’‘`]/g, "'");
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  text = text.replace(/n't\b/gi, " not").replace(/\bcannot\b/gi, "can not");
  const { figures, rest } = parseFigures(text);
  const list = words(rest);
  const terms = new Set<string>();
  const names = new Set<string>();
  const surface = new Map<string, string>();
  const directions = new Set<string>();
  let negations = 0;
  const add = (concept: string, written: string, isName: boolean) => {
    terms.add(concept);
    if (isName) names.add(concept);
    if (!surface.has(concept)) surface.set(concept, written);
  };
  for (let i = 0; i < list.length;) {
    const word = list[i]!;
    // Longest synonym phrase starting here.
    const phrase = PHRASES_BY_FIRST_WORD.get(word.lower)?.find((p) =>
      p.words.every((w, k) => list[i + k]?.lower === w),
    );
    if (phrase) {
      const written = list
        .slice(i, i + phrase.words.length)
        .map((w) => w.text)
        .join(" ");
      const capitalised = list.slice(i, i + phrase.words.length).some((w) => w.capitalised && !w.sentenceStart);
      add(phrase.concept, written, NAME_CONCEPTS.has(phrase.concept) || capitalised);
      i += phrase.words.length;
      continue;
    }
    i += 1;
    if (NEGATION_WORDS.has(word.lower)) {
      negations += 1;
      continue;
    }
    const acronym = CAPITALS_ONLY.has(word.lower);
    if (acronym && word.text !== word.text.toUpperCase()) {
      // "Un" in "Kim Jong Un" is a name, "us" a pronoun.
      if (word.capitalised && !word.sentenceStart) add(word.lower, word.text, true);
      else if (!STOP_WORDS.has(word.lower)) add(stem(word.lower), word.text, false);
      continue;
    }
    if (!acronym && STOP_WORDS.has(word.lower)) continue;
    const concept = SINGLE_WORD_CONCEPT.get(word.lower) ?? STEM_CONCEPT.get(stem(word.lower)) ?? stem(word.lower);
    const isName =
      NAME_CONCEPTS.has(concept) ||
      // First in a sentence a capital says little ("Inflation rose…"), unless the word is owner
      // of something ("Ghana's inflation") or in capitals ("LG"); known places count anyway.
      (word.capitalised &&
        (!word.sentenceStart || word.possessive || (word.text.length > 1 && word.text === word.text.toUpperCase())) &&
        !SYNONYM_GROUPS[concept]) ||
      (acronym && word.text.length > 1);
    add(concept, word.text, isName);
  }
  // "the North" in a claim about the Koreas is North Korea (and "the South" South Korea).
  if (terms.has("south korea") || terms.has("north korea"))
    for (const [side, concept] of [
      ["north", "north korea"],
      ["south", "south korea"],
    ] as const)
      if (names.has(side)) {
        for (const set of [terms, names]) set.delete(side);
        add(concept, surface.get(side) ?? side, true);
      }
  for (const pair of OPPOSITE_CONCEPTS) for (const side of pair) if (terms.has(side)) directions.add(side);
  return {
    terms,
    names,
    surface,
    figures,
    negated: negations % 2 === 1,
    directions,
    trigrams: trigramsOf(terms),
  };
}
