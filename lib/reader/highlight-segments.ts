// Splits an article's blocks into runs of text that are covered by the same set of claims, so
// overlapping and nested claims can each be drawn and clicked. Pure; positions in code points.
export interface BlockRange {
  type: "paragraph" | "heading";
  start: number;
  end: number;
}

export interface ClaimRange {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Claims covering this run, innermost (shortest) first. */
  claimIds: string[];
}

export interface BlockSegments {
  block: BlockRange;
  segments: Segment[];
}

export function buildHighlightSegments(blocks: BlockRange[], claims: ClaimRange[]): BlockSegments[] {
  const sorted = claims.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const length = new Map(sorted.map((c) => [c.id, c.end - c.start]));
  let next = 0; // index of the first claim not yet considered (sorted by start)
  let open: ClaimRange[] = [];
  return blocks.map((block) => {
    const cuts = new Set<number>([block.start, block.end]);
    // Claims that may reach into this block: already open ones, plus those starting inside it.
    open = open.filter((c) => c.end > block.start);
    while (next < sorted.length && sorted[next]!.start < block.end) {
      const claim = sorted[next]!;
      if (claim.end > block.start) open.push(claim);
      next++;
    }
    const inBlock = open.filter((c) => c.start < block.end && c.end > block.start);
    for (const claim of inBlock) {
      if (claim.start > block.start) cuts.add(claim.start);
      if (claim.end < block.end) cuts.add(claim.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      if (end <= start) continue;
      const covering = inBlock
        .filter((c) => c.start <= start && c.end >= end)
        .map((c) => c.id)
        .sort((a, b) => length.get(a)! - length.get(b)! || a.localeCompare(b));
      segments.push({ start, end, claimIds: covering });
    }
    return { block, segments };
  });
}

/**
 * Which claim a click on a run opens: the innermost one, or, when the claim already selected
 * covers this run, the next one out (clicking again walks outwards through nested claims).
 */
export function claimForClick(claimIds: string[], selectedId: string | null): string | null {
  if (claimIds.length === 0) return null;
  const index = selectedId ? claimIds.indexOf(selectedId) : -1;
  return index === -1 ? claimIds[0]! : claimIds[(index + 1) % claimIds.length]!;
}
