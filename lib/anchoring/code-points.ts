// W3C selectors count Unicode code points; JavaScript strings count UTF-16 units. A CodePointIndex
// converts between the two in O(1) after one pass (and for text without astral characters, where
// the two agree, without any table).
export class CodePointIndex {
  readonly text: string;
  readonly length: number;
  /** utf16Of[cp] = UTF-16 offset of code point cp (length + 1 entries); null when they coincide. */
  private readonly utf16Of: Int32Array | null;

  constructor(text: string) {
    this.text = text;
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          astral = true;
          break;
        }
      }
    }
    if (!astral) {
      this.utf16Of = null;
      this.length = text.length;
      return;
    }
    const table = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      table[cp++] = i;
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    table[cp] = text.length;
    this.utf16Of = table.subarray(0, cp + 1);
    this.length = cp;
  }

  toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.min(codePoint, this.length));
    return this.utf16Of ? this.utf16Of[cp]! : cp;
  }

  /** The code point at or containing a UTF-16 offset (an offset inside a surrogate pair rounds down). */
  toCodePoint(utf16: number): number {
    const unit = Math.max(0, Math.min(utf16, this.text.length));
    if (!this.utf16Of) return unit;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.utf16Of[mid]! <= unit) low = mid;
      else high = mid - 1;
    }
    return low;
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
