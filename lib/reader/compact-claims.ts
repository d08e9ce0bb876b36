// The article page's claims as they travel in its first payload: one row of values per claim, user
// ids once in a table, and the quote left out when it is the revision's own text at the claim's
// place (the page already carries the text). A thousand claims take about a third of the room
// their objects would; the browser expands them back into ClaimSummary objects before use.
import { CodePointIndex } from "../anchoring/code-points";
import { CLAIM_STATUSES } from "../claims/claim-status";
import type { ClaimSummary } from "../claims/list-article-claims";

type ClaimRow = [
  id: string,
  start: number,
  end: number,
  /** null: the revision's text from start to end. */
  exact: string | null,
  /** Index into CLAIM_STATUSES. */
  status: number,
  /** Index into ANCHOR_STATES, or the state itself when it is not one of them. */
  anchorState: number | string,
  anchorConfidence: number,
  needsReviewReason: string | null,
  version: number,
  /** Milliseconds since the epoch. */
  createdAt: number,
  /** Index into `users`. */
  createdBy: number,
  tags: string[],
  noteCount: number,
  sources: [supports: number, refutes: number, context: number],
  finalRating: ClaimSummary["finalRating"],
  contributors: number[],
  assignees: number[],
  /** null: the page's revision. */
  revisionId: string | null,
];

const ANCHOR_STATES = ["anchored", "moved", "changed", "orphaned"];

export interface CompactClaims {
  /** [id, name] of every user the claims name. */
  users: [id: string, name: string][];
  rows: ClaimRow[];
}

export function compactClaims(claims: ClaimSummary[], revision: { id: string; text: string }): CompactClaims {
  const index = new CodePointIndex(revision.text);
  const users: [string, string][] = [];
  const positions = new Map<string, number>();
  const user = (id: string, name = "") => {
    let at = positions.get(id);
    if (at === undefined) {
      at = users.push([id, name]) - 1;
      positions.set(id, at);
    } else if (name && !users[at]![1]) users[at]![1] = name;
    return at;
  };
  const rows = claims.map((claim): ClaimRow => {
    const current = claim.revisionId === revision.id;
    return [
      claim.id,
      claim.start,
      claim.end,
      current && index.slice(claim.start, claim.end) === claim.exact ? null : claim.exact,
      CLAIM_STATUSES.indexOf(claim.status),
      ANCHOR_STATES.includes(claim.anchorState) ? ANCHOR_STATES.indexOf(claim.anchorState) : claim.anchorState,
      claim.anchorConfidence,
      claim.needsReviewReason,
      claim.version,
      Date.parse(claim.createdAt),
      user(claim.createdBy.id, claim.createdBy.name),
      claim.tags,
      claim.noteCount,
      [claim.sources.supports, claim.sources.refutes, claim.sources.context],
      claim.finalRating,
      claim.contributorIds.map((id) => user(id)),
      claim.assigneeIds.map((id) => user(id)),
      current ? null : claim.revisionId,
    ];
  });
  return { users, rows };
}

export function expandClaims(compact: CompactClaims, revision: { id: string; text: CodePointIndex }): ClaimSummary[] {
  const { users } = compact;
  return compact.rows.map(
    ([
      id,
      start,
      end,
      exact,
      status,
      anchorState,
      anchorConfidence,
      needsReviewReason,
      version,
      createdAt,
      createdBy,
      tags,
      noteCount,
      [supports, refutes, context],
      finalRating,
      contributors,
      assignees,
      revisionId,
    ]) => ({
      id,
      revisionId: revisionId ?? revision.id,
      start,
      end,
      exact: exact ?? revision.text.slice(start, end),
      status: CLAIM_STATUSES[status]!,
      anchorState: typeof anchorState === "number" ? ANCHOR_STATES[anchorState]! : anchorState,
      anchorConfidence,
      needsReviewReason,
      version,
      createdAt: new Date(createdAt).toISOString(),
      createdBy: { id: users[createdBy]![0], name: users[createdBy]![1] },
      tags,
      noteCount,
      sources: { supports, refutes, context },
      finalRating,
      contributorIds: contributors.map((k) => users[k]![0]),
      assigneeIds: assignees.map((k) => users[k]![0]),
    }),
  );
}
