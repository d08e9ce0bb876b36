// Where a claim appears: every claim of its family (itself included) with its article's title,
// address and date, oldest article first. For pages that show a published fact-check publicly,
// which decide themselves what may be shown; this reads no permissions.
import type { Db } from "../db/client";

export interface FamilyAppearance {
  claimId: string;
  exact: string;
  articleId: string;
  articleTitle: string;
  /** The article's address where it was published, when known. */
  articleUrl: string | null;
  outlet: string | null;
  /** When the article was published, or else when it came into Margin. */
  date: Date;
}

export async function listFamilyAppearances(db: Db, claimId: string): Promise<FamilyAppearance[]> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, familyId: true } });
  if (!claim) return [];
  const rows = await db.claim.findMany({
    where: claim.familyId ? { familyId: claim.familyId } : { id: claim.id },
    select: {
      id: true,
      exact: true,
      article: { select: { id: true, title: true, sourceUrl: true, outlet: true, publishedAt: true, createdAt: true } },
    },
  });
  return rows
    .map((row) => ({
      claimId: row.id,
      exact: row.exact,
      articleId: row.article.id,
      articleTitle: row.article.title,
      articleUrl: row.article.sourceUrl,
      outlet: row.article.outlet,
      date: row.article.publishedAt ?? row.article.createdAt,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.claimId.localeCompare(b.claimId));
}
