// The public answers (a fact-check, its share image, the index, the feed) as the route handlers serve them.
import { getDb, type Db } from "../db/client";
import { appOrigin } from "../http/app-origin";
import { getPublicFactCheck, findPublicSite } from "./get-public-fact-check";
import { listPublicFactChecks } from "./list-public-fact-checks";
import { cachedPublicAnswer, publicResponse, type PublicAnswer } from "./public-response";
import { renderCardSvg } from "./render-card-svg";
import { renderFeed } from "./render-feed";
import { renderFactCheckPage, renderIndexPage, renderMissingPage } from "./render-public-html";

const HTML = "text/html; charset=utf-8";

/** A published fact-check's page, or its share image (`card`): both 404 and 410 alike. */
export async function factCheckAnswer(
  db: Db,
  options: { workspaceSlug: string; claimId: string; origin: string; card?: boolean },
): Promise<PublicAnswer> {
  const result = await getPublicFactCheck(db, options);
  if (result.status === "found")
    return {
      status: 200,
      contentType: options.card ? "image/svg+xml" : HTML,
      body: (options.card ? renderCardSvg : renderFactCheckPage)(result.site, result.factCheck),
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

/** The route handler of a fact-check's page or of its share image (`card`). */
export function factCheckRoute(kind: "page" | "card") {
  return async function GET(
    request: Request,
    context: { params: Promise<{ workspaceSlug: string; claimId: string }> },
  ): Promise<Response> {
    const { workspaceSlug, claimId } = await context.params;
    const origin = appOrigin(request.headers);
    const answer = await cachedPublicAnswer(`${origin} ${kind} ${workspaceSlug}/${claimId}`, () =>
      factCheckAnswer(getDb(), { workspaceSlug, claimId, origin, card: kind === "card" }),
    );
    return publicResponse(request, answer);
  };
}
