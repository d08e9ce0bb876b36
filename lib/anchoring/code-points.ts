// W3C selectors count Unicode code points; JavaScript strings count UTF-16 units. A CodePointIndex
// converts between the two after one pass that only records where the surrogate pairs are: news
// text has a handful of them (emoji, rare scripts), so a conversion is a binary search over those
// few, and text without any needs no search at all.
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Number of values in the sorted `values` below `limit`. */
function countBelow(values: Int32Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class CodePointIndex {
  readonly text: string;
  readonly length: number;
  /** UTF-16 offset of each surrogate pair, and its code point offset (both ascending). */
  private readonly pairUnits: Int32Array;
  private readonly pairCodePoints: Int32Array;

  constructor(text: string) {
    this.text = text;
    // The regular expression engine finds pairs several times faster than a charCodeAt loop.
    const units: number[] = [];
    SURROGATE_PAIRS.lastIndex = 0;
    for (let match = SURROGATE_PAIRS.exec(text); match; match = SURROGATE_PAIRS.exec(text)) units.push(match.index);
    this.pairUnits = Int32Array.from(units);
    this.pairCodePoints = Int32Array.from(units, (unit, k) => unit - k);
    this.length = text.length - units.length;
  }

  toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.min(codePoint, this.length));
    return this.pairUnits.length ? cp + countBelow(this.pairCodePoints, cp) : cp;
  }

  /** The code point at or containing a UTF-16 offset (an offset inside a surrogate pair rounds down). */
  toCodePoint(utf16: number): number {
    const unit = Math.max(0, Math.min(utf16, this.text.length));
    if (!this.pairUnits.length) return unit;
    const before = countBelow(this.pairUnits, unit);
    if (before > 0 && this.pairUnits[before - 1]! + 1 === unit) return this.pairCodePoints[before - 1]!;
    return unit - before;
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

// The one-off conversions walk the string once without building a table.

function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    if (isPairAt(text, i)) {
      length--;
      i++;
    }
  }
  return length;
}

/** The code point at or containing a UTF-16 offset (an offset inside a surrogate pair rounds down). */
export function utf16ToCodePoint(text: string, utf16Index: number): number {
  const end = Math.max(0, Math.min(utf16Index, text.length));
  let codePoint = 0;
  for (let i = 0; i < end; i++, codePoint++) if (isPairAt(text, i) && ++i >= end) break;
  return codePoint;
}

export function codePointToUtf16(text: string, codePoint: number): number {
  let i = 0;
  for (let cp = 0; cp < codePoint && i < text.length; cp++) i += isPairAt(text, i) ? 2 : 1;
  return i;
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  const from = codePointToUtf16(text, start);
  return text.slice(from, from + codePointToUtf16(text.slice(from), Math.max(0, end - Math.max(0, start))));
}
