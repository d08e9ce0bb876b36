// The three public answers (a fact-check, the index, the feed) as the route handlers serve them.
import type { Db } from "../db/client";
import { getPublicFactCheck, findPublicSite } from "./get-public-fact-check";
import { listPublicFactChecks } from "./list-public-fact-checks";
import type { PublicAnswer } from "./public-response";
import { renderFeed } from "./render-feed";
import { renderFactCheckPage, renderIndexPage, renderMissingPage } from "./render-public-html";

const HTML = "text/html; charset=utf-8";

export async function factCheckAnswer(
  db: Db,
  options: { workspaceSlug: string; claimId: string; origin: string },
): Promise<PublicAnswer> {
  const result = await getPublicFactCheck(db, options);
  if (result.status === "found")
    return {
      status: 200,
      contentType: HTML,
      body: renderFactCheckPage(result.site, result.factCheck),
      modifiedAt: result.factCheck.modifiedAt,
    };
  const status = result.status === "gone" ? 410 : 404;
  return { status, contentType: HTML, body: renderMissingPage(result.site, status), modifiedAt: null };
}

export async function indexAnswer(
  db: Db,
  options: { workspaceSlug: string; origin: string; feed: boolean },
): Promise<PublicAnswer> {
  const site = await findPublicSite(db, options.workspaceSlug, options.origin);
  if (!site) return { status: 404, contentType: HTML, body: renderMissingPage(null, 404), modifiedAt: null };
  const { entries, modifiedAt } = await listPublicFactChecks(db, site, options.origin);
  return options.feed
    ? {
        status: 200,
        contentType: "application/atom+xml; charset=utf-8",
        body: renderFeed(site, entries, modifiedAt),
        modifiedAt,
      }
    : { status: 200, contentType: HTML, body: renderIndexPage(site, entries), modifiedAt };
}
