// The organisation that publishes a workspace's fact-checks: ClaimReview's `author`. The admin
// names it in the workspace settings; until then it is the workspace, linked to its public index
// when the site is on (else to the workspace in Margin).
import { publicIndexUrl } from "./public-urls";

export interface Publisher {
  name: string;
  url: string;
  publicSite: boolean;
}

export function publisherOf(
  workspace: {
    name: string;
    slug: string;
    publicSite: boolean;
    organisationName: string | null;
    organisationUrl: string | null;
  },
  origin: string,
): Publisher {
  const base = origin.replace(/\/$/, "");
  return {
    name: workspace.organisationName || workspace.name,
    url:
      workspace.organisationUrl ||
      (workspace.publicSite ? publicIndexUrl(base, workspace.slug) : `${base}/w/${workspace.slug}`),
    publicSite: workspace.publicSite,
  };
}
