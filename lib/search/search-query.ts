// Turns what a person types into a full-text query both databases read the same way: words
// (letters and digits only, so no query syntax gets through), all required, each as a prefix.
export function searchTokens(input: string): string[] {
  return (
    input
      .normalize("NFKC")
      .toLocaleLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12);
}

/** SQLite FTS5: "word1"* "word2"* (implicit AND). */
export function fts5Query(tokens: string[]): string {
  return tokens.map((token) => `"${token}"*`).join(" ");
}

/** PostgreSQL to_tsquery: word1:* & word2:* */
export function tsQuery(tokens: string[]): string {
  return tokens.map((token) => `${token}:*`).join(" & ");
}
