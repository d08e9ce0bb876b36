// The W3C Web Annotation endpoints of the API: the workspace's claims as an AnnotationCollection
// whose AnnotationPages are separate resources (?page=N), in the same order as the file export.
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ExportContext } from "./export-model";
import { collectionId, W3C_PAGE_SIZE } from "./format-w3c";
import { openExport } from "./load-export-articles";
import { annotationContext, claimToAnnotation } from "./w3c-annotation";

/** A weak validator that changes whenever anything in the workspace changes (the audit log grows). */
export async function annotationsEtag(db: Db, workspaceId: string, userId: string, part: string): Promise<string> {
  const latest = await db.auditLog.findFirst({ where: { workspaceId }, orderBy: { id: "desc" }, select: { id: true } });
  return `W/"${createHash("sha1")
    .update(`${workspaceId}:${userId}:${part}:${latest?.id ?? 0}`)
    .digest("base64url")}"`;
}

export async function annotationCollection(db: Db, options: { actor: Actor; workspaceId: string; origin: string }) {
  const exported = await openExport(db, options);
  const pages = Math.ceil(exported.claimCount / W3C_PAGE_SIZE);
  const id = collectionId(exported.context);
  return {
    "@context": annotationContext(),
    id,
    type: "AnnotationCollection",
    label: `Margin annotations of ${exported.context.workspace.name}`,
    total: exported.claimCount,
    ...(pages ? { first: `${id}?page=0`, last: `${id}?page=${pages - 1}` } : {}),
  };
}

export async function annotationPage(
  db: Db,
  options: { actor: Actor; workspaceId: string; origin: string; page: number },
) {
  const [articles, claimGroups] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: options.workspaceId, currentRevisionId: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
    // The workspace's claims only (a relation `_count` grouped the whole Claim table).
    db.claim.groupBy({ by: ["articleId"], where: { workspaceId: options.workspaceId }, _count: { _all: true } }),
  ]);
  const counts = new Map(claimGroups.map((group) => [group.articleId, group._count._all]));
  const order = articles.map((article) => ({ id: article.id, claims: counts.get(article.id) ?? 0 }));
  const from = options.page * W3C_PAGE_SIZE;
  const total = order.reduce((sum, a) => sum + a.claims, 0);
  if (!Number.isInteger(options.page) || options.page < 0 || from >= total)
    throw new AppError("not_found", "There is no such page of annotations.");
  // Only the articles this page spans are read.
  const spanned: string[] = [];
  let before = 0;
  let skip = 0;
  for (const article of order) {
    const start = before;
    before += article.claims;
    if (before <= from) continue;
    if (start >= from + W3C_PAGE_SIZE) break;
    if (!spanned.length) skip = from - start;
    spanned.push(article.id);
  }
  const exported = await openExport(db, { ...options, articleIds: spanned });
  const items: unknown[] = [];
  let skipped = 0;
  for await (const article of exported.articles()) {
    for (const claim of article.claims) {
      if (skipped++ < skip) continue;
      if (items.length < W3C_PAGE_SIZE) items.push(claimToAnnotation(exported.context, article, claim));
    }
  }
  const id = collectionId(exported.context);
  const last = Math.ceil(total / W3C_PAGE_SIZE) - 1;
  return {
    "@context": annotationContext(),
    id: `${id}?page=${options.page}`,
    type: "AnnotationPage",
    partOf: { id, total },
    startIndex: from,
    ...(options.page > 0 ? { prev: `${id}?page=${options.page - 1}` } : {}),
    ...(options.page < last ? { next: `${id}?page=${options.page + 1}` } : {}),
    items,
  };
}

/** Where POST /annotations puts its import report in the Annotation it answers (Margin's namespace). */
export const IMPORT_REPORT_TERM = "margin:importReport";

export async function singleAnnotation(
  db: Db,
  options: { actor: Actor; workspaceId: string; origin: string; claimId: string },
) {
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: { articleId: true },
  });
  if (!claim) throw new AppError("not_found", "Annotation not found.");
  const exported = await openExport(db, { ...options, articleIds: [claim.articleId] });
  for await (const article of exported.articles()) {
    const found = article.claims.find((c) => c.id === options.claimId);
    if (found)
      return {
        "@context": annotationContext(),
        ...claimToAnnotation(exported.context as ExportContext, article, found),
      };
  }
  throw new AppError("not_found", "Annotation not found.");
}
