// Patience diff of two id sequences: ids that occur once in each side anchor the alignment (their
// longest increasing run), the gaps between anchors are diffed the same way, and small gaps with
// no unique id fall back to an LCS table. Cost grows with the edits, not with the length squared,
// and repeated items (a sentence that occurs twice) never anchor by themselves, so they align by
// their unique neighbours.

/** Equal pairs (index in a, index in b), flattened, in order. */
export type Pairs = number[];

/** Beyond this many cells a gap with no unique id is left unaligned (treated as replaced). */
const LCS_LIMIT = 250_000;

function lcsPairs(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, out: Pairs): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const width = m + 1;
  const table = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[aLo + i] === b[bLo + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[aLo + i] === b[bLo + j]) {
      out.push(aLo + i++, bLo + j++);
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
}

/** Longest increasing subsequence of `values` (positions into it), by patience sorting. */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < values[k]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  }
  const result: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = previous[k]!) result.push(k);
  return result.reverse();
}

export function diffIds(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  out: Pairs,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) out.push(aLo++, bLo++);
  const tail: number[] = [];
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) tail.push(--aHi, --bHi);
  if (aLo < aHi && bLo < bHi) {
    const counts = new Map<number, number>();
    for (let i = aLo; i < aHi; i++) counts.set(a[i]!, (counts.get(a[i]!) ?? 0) + 1);
    const inB = new Map<number, number>();
    for (let j = bLo; j < bHi; j++) {
      const id = b[j]!;
      if (counts.get(id) === 1) inB.set(id, inB.has(id) ? -1 : j);
    }
    const anchorsA: number[] = [];
    const anchorsB: number[] = [];
    for (let i = aLo; i < aHi; i++) {
      const j = inB.get(a[i]!);
      if (j !== undefined && j >= 0) {
        anchorsA.push(i);
        anchorsB.push(j);
      }
    }
    const chain = longestIncreasing(anchorsB);
    if (chain.length === 0) {
      if ((aHi - aLo) * (bHi - bLo) <= LCS_LIMIT) lcsPairs(a, aLo, aHi, b, bLo, bHi, out);
    } else {
      let ai = aLo;
      let bi = bLo;
      for (const k of chain) {
        diffIds(a, ai, anchorsA[k]!, b, bi, anchorsB[k]!, out);
        out.push(anchorsA[k]!, anchorsB[k]!);
        ai = anchorsA[k]! + 1;
        bi = anchorsB[k]! + 1;
      }
      diffIds(a, ai, aHi, b, bi, bHi, out);
    }
  }
  for (let k = tail.length - 2; k >= 0; k -= 2) out.push(tail[k]!, tail[k + 1]!);
}
