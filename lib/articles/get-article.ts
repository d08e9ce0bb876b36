import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { articleMetadataSelect, type ArticleMetadata } from "./article-metadata";
import { assertCan, type MemberActor } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { parseRevisionBlocks, type RevisionBlock } from "./revision-blocks";
import { revisionCache, type CachedRevision } from "./revision-cache";

export interface ArticleView extends ArticleMetadata {
  workspaceId: string;
  /** Set while the article is archived (left out of the workspace's list). */
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  revision: { id: string; number: number; text: string; blocks: RevisionBlock[]; contentHash: string; createdAt: Date };
  revisionCount: number;
}

/** An article with its current revision (or the given one), for reading. Not a member = not found. */
export async function getArticle(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; revisionNumber?: number },
): Promise<{ article: ArticleView; member: MemberActor }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: {
      ...articleMetadataSelect,
      workspaceId: true,
      archivedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      currentRevisionId: true,
    },
  });
  if (!article?.currentRevisionId) throw new AppError("not_found", "Article not found.");
  const [revision, revisionCount] = await Promise.all([
    options.revisionNumber === undefined
      ? readRevision(db, { id: article.currentRevisionId })
      : readRevision(db, { articleId: article.id, number: options.revisionNumber }),
    // Through the (articleId, number) index; a relation `_count` grouped the whole revision table.
    db.articleRevision.count({ where: { articleId: article.id } }),
  ]);
  if (!revision) throw new AppError("not_found", "Revision not found.");
  const { currentRevisionId: _current, ...rest } = article;
  return { article: { ...rest, revisionCount, revision }, member };
}

/** A revision by id (through the process's revision cache) or by its article and number. */
async function readRevision(
  db: Db,
  where: { id: string } | { articleId: string; number: number },
): Promise<CachedRevision | null> {
  const cached = "id" in where ? revisionCache.get(where.id) : undefined;
  if (cached) return cached;
  const row = await db.articleRevision.findFirst({
    where,
    select: { id: true, number: true, text: true, blocks: true, contentHash: true, createdAt: true },
  });
  if (!row) return null;
  const revision = { ...row, blocks: parseRevisionBlocks(row.blocks) };
  revisionCache.set(revision);
  return revision;
}
