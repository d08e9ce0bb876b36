"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { archiveArticle } from "@/lib/articles/archive-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { reviseArticle } from "@/lib/articles/revise-article";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { getDb } from "@/lib/db/client";

export const reviseArticleAction = authedAction(
  async (actor, workspaceId: string, articleId: string, input: unknown) => {
    const report = await reviseArticle(getDb(), { actor, workspaceId, articleId, input });
    revalidatePath("/w/[slug]/articles/[articleId]", "layout");
    return report;
  },
);

export const updateArticleMetadataAction = authedAction(
  async (actor, workspaceId: string, articleId: string, input: unknown) => {
    const article = await updateArticleMetadata(getDb(), { actor, workspaceId, articleId, input });
    revalidatePath("/w/[slug]/articles/[articleId]", "layout");
    return { version: article.version };
  },
);

/** Moves the article to the trash; the page then leaves for the article list. */
export const deleteArticleAction = authedAction(
  async (actor, workspaceId: string, articleId: string, input: unknown) => {
    await deleteArticle(getDb(), { actor, workspaceId, articleId, input });
    revalidatePath("/w/[slug]", "layout");
    return null;
  },
);

export const archiveArticleAction = authedAction(
  async (actor, workspaceId: string, articleId: string, input: unknown) => {
    const article = await archiveArticle(getDb(), { actor, workspaceId, articleId, input });
    revalidatePath("/w/[slug]", "layout");
    return { version: article.version, archived: article.archivedAt !== null };
  },
);
