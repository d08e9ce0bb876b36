// A reader catching up with live changes re-reads only the claims that changed
// (`GET …/claims?ids=`), not the whole list: on a 1,000-claim article the list is most of a
// megabyte, and every reader of the article re-read it after each note anyone wrote.
import { MAX_CLAIMS_BY_ID } from "../claims/schemas";

interface Placed {
  id: string;
  start: number;
  end: number;
}

/**
 * The list with the claims asked about replaced by their fresh rows: a claim asked about and not
 * answered is gone (deleted, or moved to another article). Reading order as the server gives it.
 */
export function mergeClaims<C extends Placed>(
  current: readonly C[],
  askedIds: readonly string[],
  fresh: readonly C[],
): C[] {
  const asked = new Set(askedIds);
  const kept = current.filter((claim) => !asked.has(claim.id));
  // Stable: claims at the same place keep their order, and fresh ones follow them.
  return [...kept, ...fresh].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Which claims a batch of live changes concerns, or null when it needs the whole list: a change
 * not tied to one claim (the article's assignments, a tag renamed, a rating relabelled) can touch
 * every claim's row; so can a batch of more than MAX_CLAIMS_BY_ID claims.
 */
export function claimsToReread(changes: readonly { claimId: string | null }[]): string[] | null {
  if (changes.length === 0 || changes.some((change) => !change.claimId)) return null;
  const ids = [...new Set(changes.map((change) => change.claimId!))];
  return ids.length <= MAX_CLAIMS_BY_ID ? ids : null;
}
