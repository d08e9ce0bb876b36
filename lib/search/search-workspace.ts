// Full-text search across a workspace: article text, claim quotes, notes and sources. Matching
// and ranking run in the database (SQLite FTS5 with bm25, PostgreSQL tsvector with ts_rank);
// filters on claims (status, final rating, reviewer, tag) narrow the ranked matches, also in SQL.
// Verdict contents are never searched or returned, so blind review holds here too.
import type { Actor } from "../auth/actor";
import { sql } from "kysely";
import { providerOf, sqlOf, type Db } from "../db/client";
import { mentionsAsTextIn } from "../notifications/member-names";
import { assertCan } from "../permissions/can";
import { verdictVisibility, visibleVerdictsWhere } from "../verdicts/verdict-visibility";
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

/** Ranked matches are read in one window, then filtered; deep pages of very broad queries stop here. */
const CANDIDATES = 1000;

interface Window {
  workspaceId: string;
  tokens: string[];
  kind?: string;
  from?: string;
  to?: string;
}

// The matching and ranking functions are each database's own (FTS5's MATCH, bm25 and snippet;
// PostgreSQL's to_tsquery, ts_rank and ts_headline): SQL fragments inside typed queries.
function rankedMatches(db: Db, window: Window) {
  const from = window.from ? new Date(`${window.from}T00:00:00.000Z`) : null;
  const to = window.to ? new Date(`${window.to}T23:59:59.999Z`) : null;
  if (providerOf(db) === "postgresql") {
    const query = sql`to_tsquery('simple', ${tsQuery(window.tokens)})`;
    const vector = sql`to_tsvector('simple', s."body")`;
    const headline = sql.lit("StartSel=[[, StopSel=]], MaxFragments=1, MaxWords=28, MinWords=10");
    return sqlOf(db)
      .selectFrom("SearchEntry as s")
      .select([
        "s.kind",
        "s.entityId",
        "s.articleId",
        "s.claimId",
        sql<string>`ts_headline('simple', s."body", ${query}, ${headline})`.as("snippet"),
        sql<number>`ts_rank(${vector}, ${query})`.as("rank"),
      ])
      .where(sql<boolean>`${vector} @@ ${query}`)
      .where("s.workspaceId", "=", window.workspaceId)
      .$if(window.kind !== undefined, (qb) => qb.where("s.kind", "=", window.kind!))
      .$if(from !== null, (qb) => qb.where("s.updatedAt", ">=", from!))
      .$if(to !== null, (qb) => qb.where("s.updatedAt", "<=", to!))
      .orderBy("rank", "desc")
      .orderBy("s.id", "asc")
      .limit(CANDIDATES)
      .execute();
  }
  return sqlOf(db)
    .selectFrom("SearchEntry as s")
    .innerJoin(sql<{ rowid: number }>`"SearchEntry_fts"`.as("fts"), (join) => join.on(sql<boolean>`s."id" = fts.rowid`))
    .select([
      "s.kind",
      "s.entityId",
      "s.articleId",
      "s.claimId",
      sql<string>`snippet("SearchEntry_fts", 0, '[[', ']]', '…', 24)`.as("snippet"),
      sql<number>`-bm25("SearchEntry_fts")`.as("rank"),
    ])
    .where(sql<boolean>`"SearchEntry_fts" MATCH ${fts5Query(window.tokens)}`)
    .where("s.workspaceId", "=", window.workspaceId)
    .$if(window.kind !== undefined, (qb) => qb.where("s.kind", "=", window.kind!))
    .$if(from !== null, (qb) => qb.where("s.updatedAt", ">=", from!))
    .$if(to !== null, (qb) => qb.where("s.updatedAt", "<=", to!))
    .orderBy("rank", "desc")
    .orderBy("s.id", "asc")
    .limit(CANDIDATES)
    .execute();
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
  let matches = await rankedMatches(db, {
    workspaceId: options.workspaceId,
    tokens,
    kind: input.kind,
    from: input.from,
    to: input.to,
  });
  const claimFilter = input.status || input.ratingId || input.reviewerId || input.tag;
  if (claimFilter) {
    const claimIds = [...new Set(matches.map((m) => m.claimId).filter((id): id is string => id !== null))];
    const reviewer = input.reviewerId;
    // "Claims this reviewer worked on" must not tell which claims they rated where blind review
    // hides it: their verdicts count only where the searcher may see them (never drafts of others).
    const visibleVerdicts = reviewer
      ? visibleVerdictsWhere(
          member,
          verdictVisibility(
            member,
            await db.workspace.findUniqueOrThrow({ where: { id: options.workspaceId }, select: { blindReview: true } }),
          ),
        )
      : null;
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
                { verdicts: { some: { AND: [{ reviewerId: reviewer }, visibleVerdicts!] } } },
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
  const [articles, claims, mentionsAsText] = await Promise.all([
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
    mentionsAsTextIn(db, options.workspaceId),
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
        snippet: mentionsAsText(match.snippet),
        rank: Number(match.rank),
      },
    ];
  });
  return { hits, total: matches.length, tokens };
}
