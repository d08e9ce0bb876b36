// Opens an export: checks access, then reads what it contains one article at a time
// (read-export-article.ts), so even a whole workspace never sits in memory at once. Verdicts pass
// through blind review's rules (verdict-visibility.ts).
import type { Actor } from "../auth/actor";
import { sqlOf, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { mentionsAsTextIn } from "../notifications/member-names";
import { assertCan } from "../permissions/can";
import { verdictVisibility } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";
import type { ExportArticle, ExportContext, ExportRating } from "./export-model";
import { readExportArticle, type ExportReader } from "./read-export-article";
import { publisherOf } from "../public-site/publisher";

const ratingSelect = {
  select: { id: true, label: true, ordinal: true, position: true, claimReviewName: true, claimReviewValue: true },
} as const;

export async function openExport(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleIds?: string[]; origin: string },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "export.read");
  const workspace = await getWorkspaceSettings(db, options.workspaceId);
  const ratings: ExportRating[] = await db.rating.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { position: "asc" },
    ...ratingSelect,
  });
  const where = {
    workspaceId: workspace.id,
    currentRevisionId: { not: null },
    ...(options.articleIds ? { id: { in: options.articleIds } } : {}),
  };
  const articleIds = (
    await db.article.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })
  ).map((a) => a.id);
  if (options.articleIds && articleIds.length !== new Set(options.articleIds).size)
    throw new AppError("not_found", "Some of the chosen articles were not found in this workspace.");
  const claimCount = await db.claim.count({ where: { articleId: { in: articleIds } } });
  const context: ExportContext = {
    workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
    origin: options.origin.replace(/\/$/, ""),
    ratings,
    exportedAt: new Date(),
    publisher: publisherOf(workspace, options.origin),
  };
  const reader: ExportReader = {
    sql: sqlOf(db),
    userId: member.userId,
    visibility: verdictVisibility(member, workspace),
    ratings: new Map(ratings.map((rating) => [rating.id, rating])),
  };

  // Mentions are stored as ids (lib/notifications/mentions.ts): exports show the current names.
  const mentionsAsText = await mentionsAsTextIn(db, workspace.id);
  async function* articles(): AsyncGenerator<ExportArticle> {
    for (const articleId of articleIds) {
      for await (const article of readExportArticle(reader, articleId)) {
        for (const claim of article.claims) for (const note of claim.notes) note.body = mentionsAsText(note.body);
        yield article;
      }
    }
  }

  return { context, articleCount: articleIds.length, claimCount, articles };
}
