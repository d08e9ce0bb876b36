"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
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
