// Addresses of a workspace's public fact-check site. They live outside the signed-in app (/w/...)
// and stay the same for as long as the claim exists: a fact-check's address is its claim's id.
export const PUBLIC_SITE_PREFIX = "/fact-checks";

export function publicIndexUrl(origin: string, workspaceSlug: string): string {
  return `${origin}${PUBLIC_SITE_PREFIX}/${encodeURIComponent(workspaceSlug)}`;
}

export function publicFeedUrl(origin: string, workspaceSlug: string): string {
  return `${publicIndexUrl(origin, workspaceSlug)}/feed.xml`;
}

export function publicFactCheckUrl(origin: string, workspaceSlug: string, claimId: string): string {
  return `${publicIndexUrl(origin, workspaceSlug)}/${encodeURIComponent(claimId)}`;
}

/** The fact-check's share image (Open Graph card). */
export function publicCardUrl(origin: string, workspaceSlug: string, claimId: string): string {
  return `${publicFactCheckUrl(origin, workspaceSlug, claimId)}/card.svg`;
}
