// Direct quotations carry colour and opinion far more often than checkable facts, so the share of
// a span that sits inside quotation marks is evidence. Quotes often run over several sentences,
// so the state is tracked per block rather than per sentence.

/** For each UTF-16 index of `text`, whether it lies inside quotation marks (marks included). */
export function findQuotedCharacters(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n" && text[i + 1] === "\n") open = false;
    if (char === "“") open = true;
    const closing = char === "”" || (char === '"' && open);
    if (char === '"' && !open) open = true;
    inside[i] = open || closing ? 1 : 0;
    if (closing) open = false;
  }
  return inside;
}

/** Share (0..1) of the non-space characters of [start, end) that are quoted. */
export function quotedShare(text: string, quoted: Uint8Array, start: number, end: number): number {
  let total = 0;
  let inQuote = 0;
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    total++;
    inQuote += quoted[i] ?? 0;
  }
  return total === 0 ? 0 : inQuote / total;
}
