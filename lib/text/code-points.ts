// Converts many code-point positions of one text to UTF-16 offsets in a single pass, for
// slicing a long article into highlight runs without rescanning it for each run.
export function utf16OffsetsOf(text: string, codePointPositions: Iterable<number>): Map<number, number> {
  const wanted = [...new Set(codePointPositions)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let cp = 0;
  let unit = 0;
  let i = 0;
  while (i < wanted.length) {
    const target = wanted[i]!;
    while (cp < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
      cp++;
    }
    result.set(target, unit);
    i++;
  }
  return result;
}

/** Number of code points in a string (astral characters count once). */
export function countCodePoints(text: string): number {
  let count = 0;
  for (let unit = 0; unit < text.length; unit++) {
    const code = text.charCodeAt(unit);
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length) unit++;
    count++;
  }
  return count;
}

/** The substring between two code-point positions. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  const offsets = utf16OffsetsOf(text, [start, end]);
  return text.slice(offsets.get(start), offsets.get(end));
}
