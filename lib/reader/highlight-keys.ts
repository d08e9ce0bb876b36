// The text's highlight runs name their claims by short keys (the claim's place in the list the
// text was drawn from, base 36) instead of ids: a run under two claims carries "1f 1g", not two
// 36-character ids, which on a 1,000-claim article is most of a hundred kilobytes of HTML.
interface Keyed {
  id: string;
}

/** Each claim's key, for drawing the runs. */
export function runKeys(claims: readonly Keyed[]): Map<string, string> {
  return new Map(claims.map((claim, index) => [claim.id, index.toString(36)]));
}

/** The ids of the claims a run's `data-claims` names, read against the same list. */
export function claimIdsOfRun(keys: string, claims: readonly Keyed[]): string[] {
  return keys
    .split(" ")
    .map((key) => (/^[0-9a-z]+$/.test(key) ? claims[parseInt(key, 36)]?.id : undefined))
    .filter((id): id is string => id !== undefined);
}

/** A CSS selector for every run of one claim; null when the claim is not in the list. */
export function runsOfClaim(id: string, claims: readonly Keyed[]): string | null {
  const index = claims.findIndex((claim) => claim.id === id);
  return index < 0 ? null : `mark[data-claims~="${index.toString(36)}"]`;
}
