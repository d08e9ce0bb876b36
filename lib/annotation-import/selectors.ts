// Reads TextQuoteSelector and TextPositionSelector out of W3C or Hypothesis selector lists
// (a selector, an array of them, or nested under refinedBy).
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function quoteAndPosition(selectors: unknown[]): {
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
} {
  let quote: { exact: string; prefix: string; suffix: string } | null = null;
  let position: { start: number; end: number } | null = null;
  const visit = (selector: unknown) => {
    if (Array.isArray(selector)) return selector.forEach(visit);
    if (!isObject(selector)) return;
    if (selector.type === "TextQuoteSelector" && typeof selector.exact === "string" && !quote) {
      quote = {
        exact: selector.exact,
        prefix: typeof selector.prefix === "string" ? selector.prefix : "",
        suffix: typeof selector.suffix === "string" ? selector.suffix : "",
      };
    }
    if (
      selector.type === "TextPositionSelector" &&
      Number.isInteger(selector.start) &&
      Number.isInteger(selector.end) &&
      !position
    ) {
      position = { start: selector.start as number, end: selector.end as number };
    }
    if (selector.refinedBy) visit(selector.refinedBy);
  };
  selectors.forEach(visit);
  return { quote, position };
}
