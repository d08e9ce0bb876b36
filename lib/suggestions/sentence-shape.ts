// Sentences that cannot be claims whatever they contain: subheadings, questions, fragments.

const CLOSERS = /["”’'»)\]\s]+$/u;
const TRAILING_SYMBOLS = /[^\p{L}\p{N}.!?…"”’'»)\]]+$/u;
const MIN_WORDS = 4;
const MAX_HEADING_WORDS = 12;

export type SentenceShape = "statement" | "heading" | "question" | "fragment";

/** Classifies a sentence by its form, before any scoring. */
export function classifySentence(sentence: string): SentenceShape {
  const words = sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const ending = sentence.replace(TRAILING_SYMBOLS, "").replace(CLOSERS, "");
  const last = ending.at(-1) ?? "";
  if (last === "?") return "question";
  // A short line with no terminal punctuation is a subheading or caption, not a sentence.
  if (!/[.!…:]/u.test(last) && words <= MAX_HEADING_WORDS) return "heading";
  if (words < MIN_WORDS) return "fragment";
  return "statement";
}
