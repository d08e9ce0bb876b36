// What a public fact-check says at one publication, kept with the verdict (publishedState) so that
// publishing again can tell readers what changed: the corrections log ("Updated on …: what changed").
import type { DbTx } from "../db/client";
import { claimAppearanceOf } from "../claims/set-claim-appearance";

export interface PublishedState {
  rating: string;
  summary: string;
  claimReviewed: string | null;
  exact: string;
  claimant: string | null;
  claimDate: string | null;
  appearanceUrl: string | null;
}

export async function readPublishedState(tx: DbTx, claimId: string): Promise<PublishedState> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      exact: true,
      claimantName: true,
      claimantType: true,
      claimDate: true,
      appearanceUrl: true,
      finalVerdict: { select: { summary: true, claimReviewed: true, rating: { select: { label: true } } } },
    },
  });
  const appearance = claimAppearanceOf(claim);
  return {
    rating: claim.finalVerdict?.rating.label ?? "",
    summary: claim.finalVerdict?.summary ?? "",
    claimReviewed: claim.finalVerdict?.claimReviewed ?? null,
    exact: claim.exact,
    claimant: appearance.claimant ? `${appearance.claimant.name} (${appearance.claimant.type})` : null,
    claimDate: appearance.claimDate,
    appearanceUrl: appearance.appearanceUrl,
  };
}

export function parsePublishedState(json: string | null): PublishedState | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as PublishedState;
  } catch {
    return null;
  }
}

const FIELD_WORDS: { key: keyof PublishedState; words: string }[] = [
  { key: "exact", words: "the claim's wording" },
  { key: "claimReviewed", words: "the claim as reviewed" },
  { key: "claimant", words: "the claimant" },
  { key: "claimDate", words: "the claim's date" },
  { key: "appearanceUrl", words: "where the claim appeared" },
  { key: "summary", words: "the summary" },
];

/** "Rating changed from “False” to “Misleading”; the summary was revised." or null when nothing changed. */
export function describeCorrection(before: PublishedState, after: PublishedState): string | null {
  const parts: string[] = [];
  if (before.rating !== after.rating) parts.push(`Rating changed from “${before.rating}” to “${after.rating}”`);
  const revised = FIELD_WORDS.filter(({ key }) => before[key] !== after[key]).map(({ words }) => words);
  if (revised.length) parts.push(`${revised.join(", ")} ${revised.length > 1 ? "were" : "was"} revised`);
  if (!parts.length) return null;
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
