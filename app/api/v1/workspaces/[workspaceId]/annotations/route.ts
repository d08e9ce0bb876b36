import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import {
  annotationCollection,
  annotationPage,
  annotationsEtag,
  IMPORT_REPORT_TERM,
  singleAnnotation,
} from "@/lib/exports/annotation-pages";
import { apiRoute } from "@/lib/http/api-handler";
import { appOrigin } from "@/lib/http/app-origin";
import { ldResponse } from "@/lib/http/ld-response";
import { importAnnotations } from "@/lib/annotation-import/import-annotations";

export const dynamic = "force-dynamic";
type Params = { workspaceId: string };

/** The AnnotationCollection of the workspace's claims, or one AnnotationPage (?page=N). */
export const GET = apiRoute<Params>(async ({ actor, params, request }) => {
  const url = new URL(request.url);
  const page = url.searchParams.get("page");
  const scope = { actor, workspaceId: params.workspaceId, origin: appOrigin(request.headers) };
  if (page === null)
    return ldResponse(
      request,
      await annotationCollection(getDb(), scope),
      await annotationsEtag(getDb(), params.workspaceId, actor.userId, "collection"),
    );
  if (!/^\d{1,6}$/.test(page)) throw new AppError("bad_request", "page must be a whole number (0 for the first page).");
  return ldResponse(
    request,
    await annotationPage(getDb(), { ...scope, page: Number(page) }),
    await annotationsEtag(getDb(), params.workspaceId, actor.userId, `page-${page}`),
  );
});

/**
 * Creates a claim from a W3C Annotation whose target names an article of this workspace (its
 * Margin address, or its source URL) and whose selectors find the quote. Answers the stored
 * Annotation (201 + Location; 200 when it was imported before) with the import report under
 * `margin:importReport`.
 */
export const POST = apiRoute<Params>(async ({ actor, params, json, request }) => {
  const body = await json();
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new AppError("validation_failed", "Send one W3C Annotation as a JSON object.");
  const annotation = body as { target?: unknown };
  const targets = [annotation.target].flat() as ({ source?: unknown } | string | undefined)[];
  const sources = targets
    .map((t) => (typeof t === "string" ? t : typeof t?.source === "string" ? t.source : null))
    .filter((s): s is string => !!s);
  const byIri = sources.map((s) => /\/articles\/([^/?#]+)/.exec(s)?.[1]).find(Boolean);
  if (!sources.length)
    throw new AppError(
      "validation_failed",
      "The annotation needs a target whose source is an article of this workspace.",
    );
  const article = await getDb().article.findFirst({
    where: { workspaceId: params.workspaceId, OR: [...(byIri ? [{ id: byIri }] : []), { sourceUrl: { in: sources } }] },
    select: { id: true },
  });
  if (!article) throw new AppError("not_found", "No article of this workspace matches the annotation's target source.");
  const report = await importAnnotations(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    articleId: article.id,
    input: annotation,
  });
  const claim = report.claims[0];
  if (!claim)
    throw new AppError(
      "validation_failed",
      report.skipped[0]?.reason ?? "The annotation has no quote or position to anchor.",
    );
  const origin = appOrigin(request.headers);
  // The annotation's IRI (its `id`) is where it can be read.
  const location = `${origin}/api/v1/workspaces/${params.workspaceId}/annotations/${claim.claimId}`;
  const stored = await singleAnnotation(getDb(), {
    actor,
    workspaceId: params.workspaceId,
    claimId: claim.claimId,
    origin,
  });
  // The stored annotation, as GET answers it at its IRI (the Location); what the import did (a
  // changed quote, notes kept from assessing bodies) rides along in Margin's own namespace.
  return ldResponse(
    request,
    { ...stored, [IMPORT_REPORT_TERM]: report },
    await annotationsEtag(getDb(), params.workspaceId, actor.userId, claim.claimId),
    { status: report.alreadyImported ? 200 : 201, location },
  );
});
