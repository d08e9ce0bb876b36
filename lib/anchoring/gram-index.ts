// Where each 8-character piece of a text occurs: hash chains in typed arrays (the structure
// deflate uses), built in one linear pass over the indexed ranges; lookups compare the real text,
// so hash collisions cost time, never correctness.
export const GRAM = 8;
const MAX_HITS = 64;

export interface TextRange {
  start: number;
  end: number;
}

export class GramIndex {
  private readonly text: string;
  private readonly bits: number;
  private readonly head: Int32Array;
  private readonly next: Int32Array;

  /** @param ranges only pieces starting inside these UTF-16 ranges (sorted) are indexed (default: all). */
  constructor(text: string, ranges: readonly TextRange[] = [{ start: 0, end: text.length }]) {
    this.text = text;
    const count = Math.max(0, text.length - GRAM + 1);
    const indexed = ranges.reduce((sum, r) => sum + Math.max(0, r.end - r.start), 0);
    // About one bucket per indexed piece, so chains stay short and a small index stays small.
    this.bits = Math.max(8, Math.min(17, Math.ceil(Math.log2(indexed + 1))));
    this.head = new Int32Array(1 << this.bits).fill(-1);
    this.next = new Int32Array(count);
    // Insert from the end so each chain lists positions in text order. Ranges may overlap (callers
    // widen them); a position inserted twice would make its chain a cycle, so each goes in once.
    let below = count;
    for (let r = ranges.length - 1; r >= 0; r--) {
      const range = ranges[r]!;
      const from = Math.min(below, range.end) - 1;
      below = Math.min(below, Math.max(0, range.start));
      for (let i = from; i >= Math.max(0, range.start); i--) {
        const h = this.hashAt(text, i);
        this.next[i] = this.head[h]!;
        this.head[h] = i;
      }
    }
  }

  private hashAt(text: string, at: number): number {
    let h = 0;
    for (let k = 0; k < GRAM; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
    return (h ^ (h >>> this.bits)) & ((1 << this.bits) - 1);
  }

  /** Positions of `gram` (GRAM characters long), in text order, at most 64. */
  find(gram: string): number[] {
    if (gram.length !== GRAM) return [];
    const hits: number[] = [];
    for (let at = this.head[this.hashAt(gram, 0)]!; at !== -1 && hits.length < MAX_HITS; at = this.next[at]!) {
      if (this.text.startsWith(gram, at)) hits.push(at);
    }
    return hits;
  }
}

/** Whether [start, end) overlaps any of the sorted, disjoint ranges (binary search). */
export function overlapsAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (range.end <= start) low = mid + 1;
    else if (range.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}
