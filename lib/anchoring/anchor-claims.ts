// Finding all of an article's claims in a text from their selectors alone (an import, no old
// revision): each claim is first found on its own (quote-matcher.ts); then the claims placed with
// certainty, in an order that agrees with each other, tell where the rest should be
// (relocate-claims.ts). A copy of a claim's words far from where it was is trusted only if its
// neighbours went the same way; with no neighbour to ask, it is flagged.
import { CodePointIndex } from "./code-points";
import { checkPlacements } from "./placement-check";
import { QuoteMatcher, type AnchorOptions } from "./quote-matcher";
import { relocateByNeighbours } from "./relocate-claims";
import type { AnchorResult, ClaimSelectors } from "./selectors";
import { MOVE_TOLERANCE } from "./thresholds";

export function anchorClaimsInText(
  text: string | CodePointIndex,
  claims: ClaimSelectors[],
  options: AnchorOptions = {},
): AnchorResult[] {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  const matcher = new QuoteMatcher(index, { ...options, distantCopies: "neighbours" });
  const found = claims.map((claim) => matcher.anchor(claim));
  const checked = checkPlacements(index, claims, found, {
    alone: (result, i) => Math.abs(result.start! - claims[i]!.position.start) > MOVE_TOLERANCE,
    twins: true,
  });
  return relocateByNeighbours(index, claims, checked);
}
