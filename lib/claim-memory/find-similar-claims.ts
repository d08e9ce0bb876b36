// "Has this been checked already?": claims of the same workspace (other articles, and elsewhere in
// this one) that are likely the same claim as this one, best first, each with its score, the
// reasons and its final verdict. Candidates come from the full-text index (FTS5 bm25 / ts_rank, any
// of the claim's words, synonyms and figures), then claim-aware re-ranking decides the order.
// Reviewers' verdicts are never returned, so blind review holds; the final verdict is shown as on
// the claim's own page (lib/verdicts/list-claim-verdicts.ts shows it to every reader).
import type { Actor } from "../auth/actor";
import { sql } from "kysely";
import type { ClaimStatus } from "../claims/claim-status";
import { providerOf, sqlOf, type Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { claimFeatures, type ClaimFeatures } from "./claim-features";
import {
  fts5AllQuery,
  fts5AnyQuery,
  retrievalTerms,
  tsAllQuery,
  tsAnyQuery,
  type RetrievalTerm,
} from "./retrieval-terms";
import { similarClaimsQuerySchema } from "./schemas";
import { scoreSimilarity, type SimilarityReason } from "./score-similarity";

export interface SimilarClaim {
  external: false;
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  score: number;
  reasons: SimilarityReason[];
  status: ClaimStatus;
  finalVerdict: { rating: { label: string; color: string }; summary: string; published: boolean } | null;
}

/** A fact-check of another publisher, from the workspace's library (lib/fact-check-library). */
export interface SimilarFactCheck {
  external: true;
  /** The claim the other publisher reviewed. */
  exact: string;
  url: string;
  publisher: string | null;
  claimant: string | null;
  ratingText: string | null;
  datePublished: Date | null;
  score: number;
  reasons: SimilarityReason[];
}

export type SimilarItem = SimilarClaim | SimilarFactCheck;

/** How many library fact-checks are re-ranked beside the workspace's claims. */
export const LIBRARY_CANDIDATES = 30;

/** How many full-text matches are re-ranked (held-out P@1 / R@3 are the same as with 100, at less cost). */
export const CANDIDATES = 40;
/** Below this score a claim only shares a word or two: not shown. */
export const MIN_SIMILAR_SCORE = 0.2;

// Features of claims recently compared, by their words: candidates come back request after request.
const featureCache = new Map<string, ClaimFeatures>();
function featuresOf(text: string): ClaimFeatures {
  let found = featureCache.get(text);
  if (!found) {
    found = claimFeatures(text);
    if (featureCache.size >= 20_000) featureCache.delete(featureCache.keys().next().value!);
    featureCache.set(text, found);
  }
  return found;
}

interface Retrieval {
  terms: RetrievalTerm[];
  /** "any": one word is enough (rare words); "all": every word (only common words were left). */
  mode: "any" | "all";
}

interface CandidateFilter {
  /** Leave this claim out (the claim asked about). */
  excludeClaimId?: string;
  /** Only claims with a final verdict (status "final"). */
  finalOnly?: boolean;
}

function candidates(db: Db, workspaceId: string, { terms, mode }: Retrieval, filter: CandidateFilter) {
  const finalClaims = sqlOf(db)
    .selectFrom("Claim")
    .select("Claim.id")
    .where("Claim.workspaceId", "=", workspaceId)
    .where("Claim.status", "=", "final");
  if (providerOf(db) === "postgresql") {
    const query = sql`to_tsquery('simple', ${mode === "any" ? tsAnyQuery(terms) : tsAllQuery(terms)})`;
    const vector = sql`to_tsvector('simple', s."body")`;
    return sqlOf(db)
      .selectFrom("SearchEntry as s")
      .select(["s.claimId", "s.body", sql<number>`ts_rank(${vector}, ${query})`.as("rank")])
      .where(sql<boolean>`${vector} @@ ${query}`)
      .where("s.workspaceId", "=", workspaceId)
      .where("s.kind", "=", "claim")
      .$if(filter.excludeClaimId !== undefined, (q) => q.where("s.claimId", "!=", filter.excludeClaimId!))
      .$if(filter.finalOnly === true, (q) => q.where("s.claimId", "in", finalClaims))
      .orderBy("rank", "desc")
      .orderBy("s.id", "asc")
      .limit(CANDIDATES)
      .execute();
  }
  return sqlOf(db)
    .selectFrom("SearchEntry as s")
    .innerJoin(sql<{ rowid: number }>`"SearchEntry_fts"`.as("fts"), (join) => join.on(sql<boolean>`s."id" = fts.rowid`))
    .select(["s.claimId", "s.body", sql<number>`-bm25("SearchEntry_fts")`.as("rank")])
    .where(sql<boolean>`"SearchEntry_fts" MATCH ${mode === "any" ? fts5AnyQuery(terms) : fts5AllQuery(terms)}`)
    .where("s.workspaceId", "=", workspaceId)
    .where("s.kind", "=", "claim")
    .$if(filter.excludeClaimId !== undefined, (q) => q.where("s.claimId", "!=", filter.excludeClaimId!))
    .$if(filter.finalOnly === true, (q) => q.where("s.claimId", "in", finalClaims))
    .orderBy("rank", "desc")
    .orderBy("s.id", "asc")
    .limit(CANDIDATES)
    .execute();
}

/** Library fact-checks matching the same words (FTS5 over claimReviewed / its GIN-indexed tsvector). */
function libraryCandidates(db: Db, workspaceId: string, { terms, mode }: Retrieval) {
  if (providerOf(db) === "postgresql") {
    const query = sql`to_tsquery('simple', ${mode === "any" ? tsAnyQuery(terms) : tsAllQuery(terms)})`;
    const vector = sql`to_tsvector('simple', f."claimReviewed")`;
    return sqlOf(db)
      .selectFrom("KnownFactCheck as f")
      .select(["f.id", "f.claimReviewed", sql<number>`ts_rank(${vector}, ${query})`.as("rank")])
      .where(sql<boolean>`${vector} @@ ${query}`)
      .where("f.workspaceId", "=", workspaceId)
      .orderBy("rank", "desc")
      .orderBy("f.id", "asc")
      .limit(LIBRARY_CANDIDATES)
      .execute();
  }
  return sqlOf(db)
    .selectFrom("KnownFactCheck as f")
    .innerJoin(sql<{ rowid: number }>`"KnownFactCheck_fts"`.as("fts"), (join) =>
      join.on(sql<boolean>`f."id" = fts.rowid`),
    )
    .select(["f.id", "f.claimReviewed", sql<number>`-bm25("KnownFactCheck_fts")`.as("rank")])
    .where(sql<boolean>`"KnownFactCheck_fts" MATCH ${mode === "any" ? fts5AnyQuery(terms) : fts5AllQuery(terms)}`)
    .where("f.workspaceId", "=", workspaceId)
    .orderBy("rank", "desc")
    .orderBy("f.id", "asc")
    .limit(LIBRARY_CANDIDATES)
    .execute();
}

/** A word found in more entries than this is too common to ask for, unless nothing rarer is left. */
export const COMMON_WORD_ENTRIES = 1000;
/** With only common words, this many of the rarest are required together. */
const ALL_OF = 3;

// How many entries a word matches changes slowly: counts are kept for a minute.
const COUNT_TTL_MS = 60_000;
const countCache = new Map<string, { count: number; at: number }>();

/** How many entries each word matches, counted up to COMMON_WORD_ENTRIES + 1 (cheap: no ranking). */
async function entryCounts(db: Db, terms: RetrievalTerm[]): Promise<number[]> {
  const provider = providerOf(db);
  const keyOf = (term: RetrievalTerm) => `${provider} ${term.word}${term.prefix ? "*" : ""}`;
  const fresh = (term: RetrievalTerm) => {
    const cached = countCache.get(keyOf(term));
    return cached && Date.now() - cached.at < COUNT_TTL_MS ? cached : undefined;
  };
  const counts = new Map(terms.map((term) => [keyOf(term), fresh(term)?.count]));
  const missing = terms.filter((term) => counts.get(keyOf(term)) === undefined);
  if (missing.length) {
    // Every uncached word in one round trip: a request asks for up to MAX_RETRIEVAL_TERMS words.
    const q = sqlOf(db);
    const cap = COMMON_WORD_ENTRIES + 1;
    const countOf = (term: RetrievalTerm, i: number) => {
      const matches =
        provider === "postgresql"
          ? q
              .selectFrom("SearchEntry as s")
              .select(sql<number>`1`.as("one"))
              .where(sql<boolean>`to_tsvector('simple', s."body") @@ to_tsquery('simple', ${tsAnyQuery([term])})`)
              .limit(cap)
          : q
              .selectFrom(sql<{ rowid: number }>`"SearchEntry_fts"`.as("fts"))
              .select(sql<number>`1`.as("one"))
              .where(sql<boolean>`"SearchEntry_fts" MATCH ${fts5AnyQuery([term])}`)
              .limit(cap);
      return q.selectFrom(matches.as("m")).select([sql.lit(i).as("term"), sql<number>`count(*)`.as("n")]);
    };
    const [first, ...rest] = missing.map(countOf);
    const rows = await rest.reduce((all, next) => all.unionAll(next), first!).execute();
    if (countCache.size + missing.length > 20_000) countCache.clear();
    const at = Date.now();
    for (const row of rows) {
      const key = keyOf(missing[Number(row.term)]!);
      counts.set(key, Number(row.n));
      countCache.set(key, { count: Number(row.n), at });
    }
  }
  return terms.map((term) => counts.get(keyOf(term)) ?? 0);
}

/**
 * Rare words, any of them (ranking words most entries share costs much and finds little); when a
 * claim has only common words, the three rarest together.
 */
async function selectiveRetrieval(db: Db, terms: RetrievalTerm[]): Promise<Retrieval> {
  const counts = await entryCounts(db, terms);
  const byRarity = terms
    .map((term, i) => ({ term, count: counts[i]! }))
    .filter((t) => t.count > 0)
    .sort((a, b) => a.count - b.count);
  const rare = byRarity.filter((t) => t.count <= COMMON_WORD_ENTRIES);
  if (rare.length) return { terms: rare.map((t) => t.term), mode: "any" };
  return { terms: byRarity.slice(0, ALL_OF).map((t) => t.term), mode: "all" };
}

type Ranked = ReturnType<typeof scoreSimilarity>;

/** The words to ask the index for, chosen once per text (for claims and the library alike). */
async function retrievalFor(db: Db, text: string): Promise<{ features: ClaimFeatures; retrieval: Retrieval }> {
  const features = claimFeatures(text);
  return { features, retrieval: await selectiveRetrieval(db, retrievalTerms(features)) };
}

/** Rows re-ranked against the claim's features, the weak ones left out, best first. */
function rerank<Row>(features: ClaimFeatures, rows: Row[], body: (row: Row) => string, limit: number) {
  return rows
    .map((row) => ({ row, ...scoreSimilarity(features, featuresOf(body(row))) }))
    .filter((r) => r.score >= MIN_SIMILAR_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/**
 * Claims of the workspace whose words are likely the same claim as `text`, best first (ids, scores
 * and reasons only; no permission check: callers check the reader's).
 */
export async function rankClaimsLike(
  db: Db,
  workspaceId: string,
  text: string,
  filter: CandidateFilter,
  limit: number,
): Promise<({ claimId: string } & Ranked)[]> {
  const { features, retrieval } = await retrievalFor(db, text);
  if (retrieval.terms.length === 0) return [];
  return rankedClaims(db, workspaceId, features, retrieval, filter, limit);
}

async function rankedClaims(
  db: Db,
  workspaceId: string,
  features: ClaimFeatures,
  retrieval: Retrieval,
  filter: CandidateFilter,
  limit: number,
): Promise<({ claimId: string } & Ranked)[]> {
  const rows = (await candidates(db, workspaceId, retrieval, filter)).flatMap((row) =>
    row.claimId ? [{ claimId: row.claimId, body: row.body }] : [],
  );
  return rerank(features, rows, (row) => row.body, rows.length)
    .map(({ row, ...similarity }) => ({ claimId: row.claimId, ...similarity }))
    .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId))
    .slice(0, limit);
}

async function similarFactChecks(
  db: Db,
  workspaceId: string,
  features: ClaimFeatures,
  retrieval: Retrieval,
  limit: number,
): Promise<SimilarFactCheck[]> {
  const ranked = rerank(
    features,
    await libraryCandidates(db, workspaceId, retrieval),
    (row) => row.claimReviewed,
    limit,
  );
  if (ranked.length === 0) return [];
  const rows = await db.knownFactCheck.findMany({
    where: { id: { in: ranked.map((r) => r.row.id) }, workspaceId },
    select: { id: true, url: true, publisher: true, claimant: true, ratingText: true, datePublished: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ row, score, reasons }): SimilarFactCheck[] => {
    const found = byId.get(row.id);
    if (!found) return [];
    const { id: _id, ...fields } = found;
    return [{ external: true, exact: row.claimReviewed, ...fields, score, reasons }];
  });
}

export async function findSimilarClaims(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input?: unknown },
): Promise<SimilarItem[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const { limit } = similarClaimsQuerySchema.parse(options.input ?? {});
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: { id: true, exact: true },
  });
  if (!claim) throw new AppError("not_found", "Claim not found.");
  const { features, retrieval } = await retrievalFor(db, claim.exact);
  if (retrieval.terms.length === 0) return [];
  const [ranked, external] = await Promise.all([
    rankedClaims(db, options.workspaceId, features, retrieval, { excludeClaimId: claim.id }, limit),
    similarFactChecks(db, options.workspaceId, features, retrieval, limit),
  ]);
  const claims = ranked.length
    ? await db.claim.findMany({
        where: { id: { in: ranked.map((r) => r.claimId) }, workspaceId: options.workspaceId },
        select: {
          id: true,
          articleId: true,
          exact: true,
          status: true,
          article: { select: { title: true } },
          finalVerdict: {
            select: { summary: true, published: true, rating: { select: { label: true, color: true } } },
          },
        },
      })
    : [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const own = ranked.flatMap((r): SimilarClaim[] => {
    const found = byId.get(r.claimId);
    if (!found) return [];
    return [
      {
        external: false,
        claimId: found.id,
        articleId: found.articleId,
        articleTitle: found.article.title,
        exact: found.exact,
        score: r.score,
        reasons: r.reasons,
        status: found.status as ClaimStatus,
        finalVerdict: found.finalVerdict,
      },
    ];
  });
  // The workspace's own claims first on a tie: their verdicts are the team's.
  return [...own, ...external].sort((a, b) => b.score - a.score).slice(0, limit);
}
