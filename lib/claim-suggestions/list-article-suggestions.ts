// Claim suggestions for an article's current revision: likely check-worthy sentences that are not
// claims yet and that nobody dismissed, best first, with their reasons.
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { suggestClaims, type Suggestion } from "../suggestions";
import { getMemberActor } from "../workspaces/get-member-actor";

export function suggestionHash(text: string): string {
  return createHash("sha256").update(text.trim()).digest("hex").slice(0, 32);
}

export interface ArticleSuggestion extends Suggestion {
  hash: string;
}

export async function listArticleSuggestions(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; limit?: number },
): Promise<{ revisionId: string; suggestions: ArticleSuggestion[] }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: {
      currentRevision: { select: { id: true, text: true } },
      claims: { where: { anchorState: { not: "orphaned" } }, select: { start: true, end: true, revisionId: true } },
      dismissals: { select: { textHash: true } },
    },
  });
  if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
  const revisionId = article.currentRevision.id;
  const exclude = article.claims
    .filter((c) => c.revisionId === revisionId)
    .map((c) => ({ start: c.start, end: c.end }));
  const dismissed = new Set(article.dismissals.map((d) => d.textHash));
  const suggestions = suggestClaims(article.currentRevision.text, { exclude })
    .map((s) => ({ ...s, hash: suggestionHash(s.text) }))
    .filter((s) => !dismissed.has(s.hash))
    .slice(0, options.limit ?? 30);
  return { revisionId, suggestions };
}
