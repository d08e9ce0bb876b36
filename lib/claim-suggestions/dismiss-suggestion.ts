// Dismissing a suggestion hides it for everyone, across revisions, as long as its words stay.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { suggestionHash } from "./list-article-suggestions";

export const dismissSuggestionSchema = z.object({ text: z.string().min(1).max(20_000) });

export async function dismissSuggestion(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "suggestion.dismiss");
  const { text } = dismissSuggestionSchema.parse(options.input);
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true },
  });
  if (!article) throw new AppError("not_found", "Article not found.");
  const textHash = suggestionHash(text);
  await db.suggestionDismissal.upsert({
    where: { articleId_textHash: { articleId: article.id, textHash } },
    create: { articleId: article.id, textHash, dismissedById: member.userId },
    update: {},
  });
  return { hash: textHash };
}
