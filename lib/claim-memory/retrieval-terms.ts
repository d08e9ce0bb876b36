// The words claim memory asks the full-text index for: any of them may match (OR), so a reworded
// claim is found by the words it shares; re-ranking (score-similarity.ts) then decides. Synonym
// groups ask for every way of writing them ("south korea" also asks for "seoul"), stems for their
// prefix ("ban" finds "banned"), figures for their digits.
import { CAPITALS_ONLY, STOP_WORDS, SYNONYM_GROUPS, wordsOfConcept } from "./claim-lexicon";
import type { ClaimFeatures } from "./claim-features";

export interface RetrievalTerm {
  word: string;
  prefix: boolean;
}

/** At most this many words per query: more adds cost to ranking and little recall. */
export const MAX_RETRIEVAL_TERMS = 16;

export function retrievalTerms(features: ClaimFeatures): RetrievalTerm[] {
  const terms = new Map<string, RetrievalTerm>();
  const add = (word: string, prefix: boolean) => {
    if (!/^[\p{L}\p{N}]+$/u.test(word) || STOP_WORDS.has(word) || CAPITALS_ONLY.has(word)) return;
    if (word.length < 2) return;
    // A word an asked prefix already finds ("bans" after "ban"*) adds nothing.
    for (const term of terms.values()) if (term.prefix && word.startsWith(term.word)) return;
    const existing = terms.get(word);
    terms.set(word, { word, prefix: (existing?.prefix ?? false) || prefix });
  };
  const addConcept = (concept: string) => {
    if (!SYNONYM_GROUPS[concept]) for (const word of concept.split(" ")) add(word, word.length >= 4);
    // Shortest spellings first, as prefixes: "ban"* also finds "banned" and "bans".
    else for (const word of wordsOfConcept(concept).sort((a, b) => a.length - b.length)) add(word, word.length >= 3);
  };
  // Names first: they are the rarest and most telling words of a claim; then figures, then terms.
  for (const name of features.names) addConcept(name);
  for (const figure of features.figures) {
    add(String(Math.round(figure.value)), false);
    // "30,000" is indexed as "30" and "000": its leading group finds it.
    if (figure.kind !== "year" && figure.value >= 1000) add(figure.value.toLocaleString("en-US").split(",")[0]!, false);
  }
  // Other terms as the claim writes them: their synonyms would match much of a large workspace
  // (every "rose", "fell", "people"), and re-ranking folds synonyms anyway.
  for (const term of features.terms)
    if (!features.names.has(term)) {
      if (!SYNONYM_GROUPS[term]) addConcept(term);
      else for (const word of (features.surface.get(term) ?? term).toLowerCase().split(" ")) add(word, false);
    }
  return [...terms.values()].slice(0, MAX_RETRIEVAL_TERMS);
}

/** SQLite FTS5: "w1"* OR "w2" (letters and digits only, so no query syntax gets through). */
export function fts5AnyQuery(terms: RetrievalTerm[]): string {
  return terms.map((t) => `"${t.word}"${t.prefix ? "*" : ""}`).join(" OR ");
}

/** PostgreSQL to_tsquery: w1:* | w2 */
export function tsAnyQuery(terms: RetrievalTerm[]): string {
  return terms.map((t) => `${t.word}${t.prefix ? ":*" : ""}`).join(" | ");
}

/** SQLite FTS5, every word required: "w1"* "w2" */
export function fts5AllQuery(terms: RetrievalTerm[]): string {
  return terms.map((t) => `"${t.word}"${t.prefix ? "*" : ""}`).join(" ");
}

/** PostgreSQL to_tsquery, every word required: w1:* & w2 */
export function tsAllQuery(terms: RetrievalTerm[]): string {
  return terms.map((t) => `${t.word}${t.prefix ? ":*" : ""}`).join(" & ");
}
