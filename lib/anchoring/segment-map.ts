// Old-to-new offset mapping through the equal segments of a revision diff (UTF-16 offsets).
// Segments are sorted by old and by new offset alike, so every lookup is a binary search.
import type { EqualSegment } from "./text-diff";

export interface Change {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export class SegmentMap {
  constructor(private readonly segments: EqualSegment[]) {}

  /** Index of the last segment whose start (old, or new) is at or before `offset`; -1 if none. */
  private find(offset: number, side: "oldStart" | "newStart"): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.segments[mid]![side] <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  /** The segment holding all of old[start, end), if one does. */
  containing(start: number, end: number): EqualSegment | null {
    const segment = this.segments[this.find(start, "oldStart")];
    return segment && end <= segment.oldStart + segment.length ? segment : null;
  }

  /**
   * Where an old claim boundary lands. Inside unchanged text: exactly. Inside a change (old
   * [gapStart, gapEnd) replaced by new [newGapStart, newGapEnd)): at the same proportion of the
   * replacement, so a claim keeps the replacement of its own words and an insertion just outside
   * it stays outside.
   */
  toNew(offset: number, side: "start" | "end"): number {
    const k = this.find(side === "end" ? offset - 1 : offset, "oldStart");
    const segment = this.segments[k];
    const within = segment ? offset - segment.oldStart : 0;
    if (segment && (side === "start" ? within < segment.length : within <= segment.length))
      return segment.newStart + within;
    const next = this.segments[k + 1];
    const gapStart = segment ? segment.oldStart + segment.length : 0;
    const newGapStart = segment ? segment.newStart + segment.length : 0;
    if (!next) return newGapStart + (offset - gapStart);
    const oldGap = next.oldStart - gapStart;
    const newGap = next.newStart - newGapStart;
    return newGapStart + (oldGap === 0 ? 0 : Math.round(((offset - gapStart) / oldGap) * newGap));
  }

  /** Characters of old[start, end) that are unchanged. */
  retained(start: number, end: number): number {
    let total = 0;
    for (
      let k = Math.max(0, this.find(start, "oldStart"));
      k < this.segments.length && this.segments[k]!.oldStart < end;
      k++
    ) {
      const segment = this.segments[k]!;
      total += Math.max(0, Math.min(end, segment.oldStart + segment.length) - Math.max(start, segment.oldStart));
    }
    return total;
  }

  /**
   * The changes on either side of a segment: old [oldStart, oldEnd) replaced by new
   * [newStart, newEnd) (either may be empty; the text's own start or end counts as no change).
   */
  changesBeside(segment: EqualSegment, oldLength: number, newLength: number): Change[] {
    const k = this.find(segment.oldStart, "oldStart");
    const previous = this.segments[k - 1];
    const next = this.segments[k + 1];
    const before = {
      oldStart: previous ? previous.oldStart + previous.length : 0,
      oldEnd: segment.oldStart,
      newStart: previous ? previous.newStart + previous.length : 0,
      newEnd: segment.newStart,
    };
    const after = {
      oldStart: segment.oldStart + segment.length,
      oldEnd: next ? next.oldStart : oldLength,
      newStart: segment.newStart + segment.length,
      newEnd: next ? next.newStart : newLength,
    };
    return [before, after];
  }

  /** The stretches of the new text that the edit added (between unchanged segments). */
  addedRanges(newLength: number): { start: number; end: number }[] {
    const ranges: { start: number; end: number }[] = [];
    let at = 0;
    for (const segment of this.segments) {
      if (segment.newStart > at) ranges.push({ start: at, end: segment.newStart });
      at = segment.newStart + segment.length;
    }
    if (at < newLength) ranges.push({ start: at, end: newLength });
    return ranges;
  }

  /** Whether new[start, end) is, whole, the unchanged copy of old text other than old[ownStart, ownEnd). */
  isOtherPassage(start: number, end: number, ownStart: number, ownEnd: number): boolean {
    const segment = this.segments[this.find(start, "newStart")];
    if (!segment || end > segment.newStart + segment.length) return false;
    const oldFrom = segment.oldStart + (start - segment.newStart);
    return oldFrom + (end - start) <= ownStart || oldFrom >= ownEnd;
  }

  /**
   * Characters of new[start, end) that are the unchanged copy of old text outside
   * old[ownStart, ownEnd), counting only unchanged stretches of at least `minLength`: shorter
   * ones are stock words the diff paired inside changed text, not another passage.
   */
  othersIn(start: number, end: number, ownStart: number, ownEnd: number, minLength: number): number {
    let total = 0;
    for (
      let k = Math.max(0, this.find(start, "newStart"));
      k < this.segments.length && this.segments[k]!.newStart < end;
      k++
    ) {
      const segment = this.segments[k]!;
      const from = Math.max(start, segment.newStart);
      const to = Math.min(end, segment.newStart + segment.length);
      if (to <= from || segment.length < minLength) continue;
      // The old text this piece came from, minus whatever of it lies inside the claim's own range.
      const oldFrom = segment.oldStart + (from - segment.newStart);
      const oldTo = oldFrom + (to - from);
      total += to - from - Math.max(0, Math.min(oldTo, ownEnd) - Math.max(oldFrom, ownStart));
    }
    return total;
  }
}
