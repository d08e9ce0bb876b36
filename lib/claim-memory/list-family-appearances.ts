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
  /** Where the claim itself was made, when an editor gave a place other than the article. */
  appearanceUrl: string | null;
  /** When the claim was made, as an editor gave it ("yyyy-mm-dd"). */
  claimDate: string | null;
  /** When the article was published, when known. */
  publishedAt: Date | null;
  /** The newest change to the claim or its article. */
  updatedAt: Date;
}

export async function listFamilyAppearances(db: Db, claimId: string): Promise<FamilyAppearance[]> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, familyId: true } });
  if (!claim) return [];
  const rows = await db.claim.findMany({
    where: claim.familyId ? { familyId: claim.familyId } : { id: claim.id },
    select: {
      id: true,
      exact: true,
      appearanceUrl: true,
      claimDate: true,
      updatedAt: true,
      article: {
        select: {
          id: true,
          title: true,
          sourceUrl: true,
          outlet: true,
          publishedAt: true,
          createdAt: true,
          updatedAt: true,
        },
      },
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
      appearanceUrl: row.appearanceUrl,
      claimDate: row.claimDate?.toISOString().slice(0, 10) ?? null,
      publishedAt: row.article.publishedAt,
      updatedAt: new Date(Math.max(row.updatedAt.getTime(), row.article.updatedAt.getTime())),
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.claimId.localeCompare(b.claimId));
}
