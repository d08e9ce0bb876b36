// Clause refinement: when one clause of a sentence carries all the evidence and the rest carries
// none ("Prices rose 5% in May, though many shoppers remain gloomy"), the clause is the claim.

// Split before coordinating or concessive links; the link word goes with the clause it opens.
const CLAUSE_LINK = /;\s+|,\s+(?=(?:but|while|whereas|though|although|yet)\s)/g;
const MIN_CLAUSE_WORDS = 5;

/** Clause ranges (UTF-16 offsets relative to the sentence), trimmed of linking punctuation. */
export function splitClauses(sentence: string): Array<{ start: number; end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_LINK)) {
    clauses.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  clauses.push({ start, end: sentence.length });
  return clauses.filter((clause) => countWords(sentence.slice(clause.start, clause.end)) > 0);
}

/** Whether a clause is long enough to stand as a claim on its own. */
export function canStandAlone(clause: string): boolean {
  return countWords(clause) >= MIN_CLAUSE_WORDS;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
