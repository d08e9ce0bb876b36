// Reads what an export contains, one article at a time, so even a whole workspace never sits in
// memory at once. Verdicts pass through blind review's rules (verdict-visibility.ts).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { verdictVisibility, visibleVerdictsWhere } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";
import type { ExportArticle, ExportContext, ExportRating } from "./export-model";

const person = { select: { id: true, name: true } } as const;
const ratingSelect = { select: { id: true, label: true, ordinal: true, position: true, claimReviewName: true, claimReviewValue: true } } as const;

export async function openExport(db: Db, options: { actor: Actor; workspaceId: string; articleIds?: string[]; origin: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "export.read");
  const workspace = await getWorkspaceSettings(db, options.workspaceId);
  const ratings: ExportRating[] = await db.rating.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: "asc" }, ...ratingSelect });
  const where = { workspaceId: workspace.id, currentRevisionId: { not: null }, ...(options.articleIds ? { id: { in: options.articleIds } } : {}) };
  const articleIds = (await db.article.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })).map((a) => a.id);
  if (options.articleIds && articleIds.length !== new Set(options.articleIds).size) throw new AppError("not_found", "Some of the chosen articles were not found in this workspace.");
  const claimCount = await db.claim.count({ where: { articleId: { in: articleIds } } });
  const context: ExportContext = { workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug }, origin: options.origin.replace(/\/$/, ""), ratings, exportedAt: new Date() };
  const verdictWhere = visibleVerdictsWhere(member, verdictVisibility(member, workspace));

  async function* articles(): AsyncGenerator<ExportArticle> {
    for (const articleId of articleIds) {
      const article = await db.article.findUnique({
        where: { id: articleId },
        select: {
          id: true, title: true, outlet: true, byline: true, authorEmail: true, publishedAt: true, publishedLabel: true, sourceUrl: true, language: true, createdAt: true,
          currentRevision: { select: { id: true, number: true, contentHash: true, createdAt: true } },
        },
      });
      if (!article?.currentRevision) continue;
      const claims = await db.claim.findMany({
        where: { articleId },
        orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
        select: {
          id: true, exact: true, prefix: true, suffix: true, start: true, end: true, revisionId: true, status: true, anchorState: true, anchorConfidence: true, createdAt: true, updatedAt: true,
          createdBy: person,
          tags: { select: { tag: { select: { name: true } } } },
          notes: {
            where: { deletedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, body: true, replyToId: true, createdAt: true, updatedAt: true, author: person, tags: { select: { tag: { select: { name: true } } } } },
          },
          sources: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, url: true, title: true, publisher: true, excerpt: true, stance: true, accessedAt: true, archivedUrl: true, createdAt: true, updatedAt: true, addedBy: person },
          },
          verdicts: {
            where: { ...verdictWhere, submittedAt: { not: null } },
            orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
            select: { id: true, confidence: true, rationale: true, submittedAt: true, createdAt: true, updatedAt: true, reviewer: person, rating: ratingSelect, sources: { select: { sourceId: true } } },
          },
          finalVerdict: { select: { summary: true, published: true, publishedAt: true, createdAt: true, updatedAt: true, editor: person, rating: ratingSelect } },
        },
      });
      const { currentRevision, ...rest } = article;
      yield {
        ...rest,
        revision: currentRevision,
        claims: claims.map((claim) => ({
          ...claim,
          tags: claim.tags.map((t) => t.tag.name).sort(),
          notes: claim.notes.map((note) => ({ ...note, tags: note.tags.map((t) => t.tag.name).sort() })),
          verdicts: claim.verdicts.map((verdict) => ({ ...verdict, submittedAt: verdict.submittedAt!, sourceIds: verdict.sources.map((s) => s.sourceId) })),
        })),
      };
    }
  }

  return { context, articleCount: articleIds.length, claimCount, articles };
}
