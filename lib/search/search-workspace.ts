// Full-text search across a workspace: article text, claim quotes, notes and sources. Matching
// and ranking run in the database (SQLite FTS5 with bm25, PostgreSQL tsvector with ts_rank);
// filters on claims (status, final rating, reviewer, tag) narrow the ranked matches, also in SQL.
// Verdict contents are never searched or returned, so blind review holds here too.
import type { Actor } from "../auth/actor";
import { providerOf, type Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { searchWorkspaceSchema } from "./schemas";
import { fts5Query, searchTokens, tsQuery } from "./search-query";

export interface SearchHit {
  kind: "article" | "claim" | "note" | "source";
  entityId: string;
  article: { id: string; title: string };
  claim: { id: string; exact: string; status: string; finalRating: { label: string; color: string } | null } | null;
  snippet: string;
  rank: number;
}

interface RawHit {
  kind: string;
  entityId: string;
  articleId: string;
  claimId: string | null;
  snippet: string;
  rank: number;
}

/** Ranked matches are read in one window, then filtered; deep pages of very broad queries stop here. */
const CANDIDATES = 1000;

async function rankedMatches(
  db: Db,
  workspaceId: string,
  tokens: string[],
  kind: string | undefined,
  from?: string,
  to?: string,
): Promise<RawHit[]> {
  const provider = providerOf(db);
  const fromDate = from ? new Date(`${from}T00:00:00.000Z`) : null;
  const toDate = to ? new Date(`${to}T23:59:59.999Z`) : null;
  if (provider === "postgresql") {
    return db.$queryRawUnsafe<RawHit[]>(
      `SELECT s."kind", s."entityId", s."articleId", s."claimId",
              ts_headline('simple', s."body", q, 'StartSel=[[, StopSel=]], MaxFragments=1, MaxWords=28, MinWords=10') AS "snippet",
              ts_rank(to_tsvector('simple', s."body"), q) AS "rank"
         FROM "SearchEntry" s, to_tsquery('simple', $1) q
        WHERE to_tsvector('simple', s."body") @@ q AND s."workspaceId" = $2
          AND ($3::text IS NULL OR s."kind" = $3)
          AND ($4::timestamptz IS NULL OR s."updatedAt" >= $4) AND ($5::timestamptz IS NULL OR s."updatedAt" <= $5)
        ORDER BY "rank" DESC, s."id" ASC LIMIT ${CANDIDATES}`,
      tsQuery(tokens),
      workspaceId,
      kind ?? null,
      fromDate,
      toDate,
    );
  }
  return db.$queryRawUnsafe<RawHit[]>(
    `SELECT s."kind", s."entityId", s."articleId", s."claimId",
            snippet("SearchEntry_fts", 0, '[[', ']]', '…', 24) AS "snippet",
            -bm25("SearchEntry_fts") AS "rank"
       FROM "SearchEntry_fts" JOIN "SearchEntry" s ON s."id" = "SearchEntry_fts".rowid
      WHERE "SearchEntry_fts" MATCH ? AND s."workspaceId" = ?
        AND (? IS NULL OR s."kind" = ?)
        AND (? IS NULL OR s."updatedAt" >= ?) AND (? IS NULL OR s."updatedAt" <= ?)
      ORDER BY "rank" DESC, s."id" ASC LIMIT ${CANDIDATES}`,
    fts5Query(tokens),
    workspaceId,
    kind ?? null,
    kind ?? null,
    fromDate,
    fromDate,
    toDate,
    toDate,
  );
}

export async function searchWorkspace(
  db: Db,
  options: { actor: Actor; workspaceId: string; input: unknown },
): Promise<{ hits: SearchHit[]; total: number; tokens: string[] }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const input = searchWorkspaceSchema.parse(options.input);
  const tokens = searchTokens(input.q);
  if (tokens.length === 0) return { hits: [], total: 0, tokens };
  let matches = await rankedMatches(db, options.workspaceId, tokens, input.kind, input.from, input.to);
  const claimFilter = input.status || input.ratingId || input.reviewerId || input.tag;
  if (claimFilter) {
    const claimIds = [...new Set(matches.map((m) => m.claimId).filter((id): id is string => id !== null))];
    const reviewer = input.reviewerId;
    const kept = await db.claim.findMany({
      where: {
        id: { in: claimIds },
        workspaceId: options.workspaceId,
        ...(input.status ? { status: input.status } : {}),
        ...(input.ratingId ? { finalVerdict: { ratingId: input.ratingId } } : {}),
        ...(input.tag ? { tags: { some: { tag: { name: input.tag } } } } : {}),
        ...(reviewer
          ? {
              OR: [
                { notes: { some: { authorId: reviewer } } },
                { sources: { some: { addedById: reviewer } } },
                { verdicts: { some: { reviewerId: reviewer } } },
              ],
            }
          : {}),
      },
      select: { id: true },
    });
    const keep = new Set(kept.map((c) => c.id));
    matches = matches.filter((m) => m.claimId !== null && keep.has(m.claimId));
  }
  const page = matches.slice(input.offset, input.offset + input.limit);
  const [articles, claims] = await Promise.all([
    db.article.findMany({
      where: { id: { in: [...new Set(page.map((m) => m.articleId))] }, workspaceId: options.workspaceId },
      select: { id: true, title: true },
    }),
    db.claim.findMany({
      where: {
        id: { in: [...new Set(page.map((m) => m.claimId).filter((id): id is string => id !== null))] },
        workspaceId: options.workspaceId,
      },
      select: {
        id: true,
        exact: true,
        status: true,
        finalVerdict: { select: { rating: { select: { label: true, color: true } } } },
      },
    }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const hits = page.flatMap((match): SearchHit[] => {
    const article = articleById.get(match.articleId);
    if (!article) return [];
    const claim = match.claimId ? claimById.get(match.claimId) : undefined;
    return [
      {
        kind: match.kind as SearchHit["kind"],
        entityId: match.entityId,
        article,
        claim: claim
          ? { id: claim.id, exact: claim.exact, status: claim.status, finalRating: claim.finalVerdict?.rating ?? null }
          : null,
        snippet: match.snippet,
        rank: Number(match.rank),
      },
    ];
  });
  return { hits, total: matches.length, tokens };
}
