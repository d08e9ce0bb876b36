// Search snippets are cut from notes, sources and verdicts written in Markdown: shown as written,
// a snippet reads "**SNU** [survey](https://…)". This keeps the words and drops the markup. Regular
// expressions, not a Markdown parser: a snippet is a fragment (cut mid-link, mid-emphasis) that a
// parser would read differently from the whole text.
const OPEN = "\uE000";
const CLOSE = "\uE001";

export function plainSnippet(snippet: string): string {
  return (
    snippet
      // The database's match markers survive the clean-up.
      .replaceAll("[[", OPEN)
      .replaceAll("]]", CLOSE)
      .replace(/!\[([^\]]*)\]\([^)]*\)?/g, "$1")
      .replace(/\[([^\]]*)\]\([^)\s]*\)?/g, "$1")
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
      .replace(/(^|\n)\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/g, "$1")
      .replace(/(^|\n)\s*(?:-{3,}|\*{3,}|_{3,}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?)\s*(?=\n|$)/g, "$1")
      .replace(/\*\*|__|~~|`+/g, "")
      .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/g, "$1")
      .replace(/(?:\s*\|)+\s*/g, " · ")
      .replace(/^ · | · $/g, "")
      .replace(/\s+/g, " ")
      .replaceAll(OPEN, "[[")
      .replaceAll(CLOSE, "]]")
      .trim()
  );
}
