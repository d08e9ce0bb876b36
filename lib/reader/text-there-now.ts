// "Text there now" beside a claim an edit orphaned: the paragraph now at the claim's old place,
// but only when it still shares words with the quote. When the paragraph was deleted the text at
// that offset belongs to something else, and showing it as if it were the claim's would mislead.

/** Words worth comparing: letters or digits, three or more characters, or any figure. */
function words(text: string): Set<string> {
  const found = text.toLocaleLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.,]*[\p{L}\p{N}]|\p{N}/gu) ?? [];
  return new Set(found.filter((word) => word.length >= 3 || /\p{N}/u.test(word)));
}

/** The share of the quote's words found in `candidate` (0 when the quote has none). */
export function sharedWordShare(quote: string, candidate: string): number {
  const quoted = words(quote);
  if (quoted.size === 0) return 0;
  const there = words(candidate);
  let shared = 0;
  for (const word of quoted) if (there.has(word)) shared += 1;
  return shared / quoted.size;
}

/** At least this share of the quote's words must be there for the text to count as its successor. */
export const RELATED_SHARE = 0.25;

export function textThereNow(quote: string, candidate: string): { text: string; related: boolean } {
  const text = candidate.trim();
  return { text, related: text !== "" && sharedWordShare(quote, text) >= RELATED_SHARE };
}
