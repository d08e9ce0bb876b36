// Grading re-anchoring results against a benchmark case's known truth.
import type { AnchorResult } from "../../lib/anchoring";
import type { Truth, TruthKind } from "./edited-article";

export interface Grade {
  total: number;
  right: number;
  deleted: number;
  orphanedRight: number;
  /** Wrong, and not flagged for review: the failure that matters. */
  misplacedUnflagged: number;
  /** Wrong but flagged for review (including claims still in the text that were orphaned). */
  wrongFlagged: number;
  /** Claims whose words are still in the text that came back orphaned. */
  lost: number;
  /** Right, with the words intact, yet flagged: needless work for a reviewer. */
  needlessFlags: number;
  flagged: number;
  wrongByKind: Partial<Record<TruthKind, number>>;
}

function intersectionOverUnion(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return overlap <= 0 || union <= 0 ? 0 : overlap / union;
}

/**
 * Right means: a deleted claim is orphaned; an intact claim lands on exactly its words; an edited
 * claim is flagged and lands on its edited span (intersection over union at least 0.5); a claim
 * whose words are mostly gone is orphaned or, flagged, lands on what is left of it.
 */
export function isRight(result: AnchorResult, truth: Truth): boolean {
  if (truth.kind === "deleted" || result.state === "orphaned")
    return truth.kind === "deleted" || (truth.kind === "rewritten" && result.state === "orphaned");
  const span = { start: result.start!, end: result.end! };
  if (truth.kind === "same") return span.start === truth.start && span.end === truth.end;
  return result.needsReview && intersectionOverUnion(span, truth) >= 0.5;
}

export function gradeResults(results: AnchorResult[], truths: Truth[]): Grade {
  const grade: Grade = {
    total: results.length,
    right: 0,
    deleted: 0,
    orphanedRight: 0,
    misplacedUnflagged: 0,
    wrongFlagged: 0,
    lost: 0,
    needlessFlags: 0,
    flagged: 0,
    wrongByKind: {},
  };
  results.forEach((result, i) => {
    const truth = truths[i]!;
    if (result.needsReview) grade.flagged++;
    if (truth.kind === "deleted") grade.deleted++;
    if (isRight(result, truth)) {
      grade.right++;
      if (truth.kind === "deleted") grade.orphanedRight++;
      if (truth.kind === "same" && result.needsReview) grade.needlessFlags++;
      return;
    }
    grade.wrongByKind[truth.kind] = (grade.wrongByKind[truth.kind] ?? 0) + 1;
    if (result.state === "orphaned" && truth.kind !== "deleted") grade.lost++;
    if (result.needsReview) grade.wrongFlagged++;
    else grade.misplacedUnflagged++;
  });
  return grade;
}
