// Claim suggestions for an article's current revision: likely check-worthy sentences that are not
// claims yet and that nobody dismissed, best first, with their reasons. A suggestion that is likely
// the same claim as one of the workspace's claims with a final verdict says so ("already checked"),
// naming that claim and its rating (claim memory, lib/claim-memory).
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { rankClaimsLike } from "../claim-memory/find-similar-claims";
import { SAME_CLAIM_THRESHOLD } from "../claim-memory/score-similarity";
import { assertCan } from "../permissions/can";
import { suggestClaims, type Suggestion } from "../suggestions";
import { getMemberActor } from "../workspaces/get-member-actor";

export function suggestionHash(text: string): string {
  return createHash("sha256").update(text.trim()).digest("hex").slice(0, 32);
}

export interface AlreadyChecked {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  rating: { label: string; color: string };
}

export interface ArticleSuggestion extends Suggestion {
  hash: string;
  /** The claim with a final verdict this suggestion is likely the same as, or null. */
  alreadyChecked: AlreadyChecked | null;
}

/** For each text, the best claim with a final verdict it likely repeats (score at or above the threshold). */
async function alreadyCheckedClaims(db: Db, workspaceId: string, texts: string[]): Promise<(AlreadyChecked | null)[]> {
  const best: (string | null)[] = [];
  for (const text of texts) {
    const [top] = await rankClaimsLike(db, workspaceId, text, { finalOnly: true }, 1);
    best.push(top && top.score >= SAME_CLAIM_THRESHOLD ? top.claimId : null);
  }
  const ids = [...new Set(best.filter((id): id is string => id !== null))];
  if (!ids.length) return texts.map(() => null);
  const claims = await db.claim.findMany({
    where: { id: { in: ids }, workspaceId },
    select: {
      id: true,
      articleId: true,
      exact: true,
      article: { select: { title: true } },
      finalVerdict: { select: { rating: { select: { label: true, color: true } } } },
    },
  });
  const byId = new Map(
    claims.flatMap((c): [string, AlreadyChecked][] =>
      c.finalVerdict
        ? [
            [
              c.id,
              {
                claimId: c.id,
                articleId: c.articleId,
                articleTitle: c.article.title,
                exact: c.exact,
                rating: c.finalVerdict.rating,
              },
            ],
          ]
        : [],
    ),
  );
  return best.map((id) => (id ? (byId.get(id) ?? null) : null));
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
  const shown = suggestClaims(article.currentRevision.text, { exclude })
    .map((s) => ({ ...s, hash: suggestionHash(s.text) }))
    .filter((s) => !dismissed.has(s.hash))
    .slice(0, options.limit ?? 30);
  const checked = await alreadyCheckedClaims(
    db,
    options.workspaceId,
    shown.map((s) => s.text),
  );
  return { revisionId, suggestions: shown.map((s, i) => ({ ...s, alreadyChecked: checked[i] ?? null })) };
}
