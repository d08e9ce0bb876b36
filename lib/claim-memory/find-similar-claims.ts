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
import { fts5AnyQuery, retrievalTerms, tsAnyQuery, type RetrievalTerm } from "./retrieval-terms";
import { similarClaimsQuerySchema } from "./schemas";
import { scoreSimilarity, type SimilarityReason } from "./score-similarity";

export interface SimilarClaim {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  score: number;
  reasons: SimilarityReason[];
  status: ClaimStatus;
  finalVerdict: { rating: { label: string; color: string }; summary: string; published: boolean } | null;
}

/** How many full-text matches are re-ranked. */
export const CANDIDATES = 100;
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

function candidates(db: Db, workspaceId: string, claimId: string, terms: RetrievalTerm[]) {
  if (providerOf(db) === "postgresql") {
    const query = sql`to_tsquery('simple', ${tsAnyQuery(terms)})`;
    const vector = sql`to_tsvector('simple', s."body")`;
    return sqlOf(db)
      .selectFrom("SearchEntry as s")
      .select(["s.claimId", "s.body", sql<number>`ts_rank(${vector}, ${query})`.as("rank")])
      .where(sql<boolean>`${vector} @@ ${query}`)
      .where("s.workspaceId", "=", workspaceId)
      .where("s.kind", "=", "claim")
      .where("s.claimId", "!=", claimId)
      .orderBy("rank", "desc")
      .orderBy("s.id", "asc")
      .limit(CANDIDATES)
      .execute();
  }
  return sqlOf(db)
    .selectFrom("SearchEntry as s")
    .innerJoin(sql<{ rowid: number }>`"SearchEntry_fts"`.as("fts"), (join) => join.on(sql<boolean>`s."id" = fts.rowid`))
    .select(["s.claimId", "s.body", sql<number>`-bm25("SearchEntry_fts")`.as("rank")])
    .where(sql<boolean>`"SearchEntry_fts" MATCH ${fts5AnyQuery(terms)}`)
    .where("s.workspaceId", "=", workspaceId)
    .where("s.kind", "=", "claim")
    .where("s.claimId", "!=", claimId)
    .orderBy("rank", "desc")
    .orderBy("s.id", "asc")
    .limit(CANDIDATES)
    .execute();
}

/** A word found in more entries than this is too common to ask for, unless nothing rarer is left. */
export const COMMON_WORD_ENTRIES = 1000;
/** At least this many words are asked for, the rarest first. */
const MIN_TERMS = 3;

/** How many entries each word matches, counted up to COMMON_WORD_ENTRIES + 1 (cheap: no ranking). */
async function entryCounts(db: Db, terms: RetrievalTerm[]): Promise<number[]> {
  const counts: number[] = [];
  for (const term of terms) {
    const q = sqlOf(db);
    const cap = COMMON_WORD_ENTRIES + 1;
    const matches =
      providerOf(db) === "postgresql"
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
    const row = await q
      .selectFrom(matches.as("m"))
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirst();
    counts.push(Number(row?.n ?? 0));
  }
  return counts;
}

/** Leaves out words most entries share (every "rose", "percent"): ranking them costs much, finds little. */
async function selectiveTerms(db: Db, terms: RetrievalTerm[]): Promise<RetrievalTerm[]> {
  const counts = await entryCounts(db, terms);
  const byRarity = terms.map((term, i) => ({ term, count: counts[i]! })).sort((a, b) => a.count - b.count);
  const kept = byRarity.filter((t, i) => i < MIN_TERMS || t.count <= COMMON_WORD_ENTRIES);
  return kept.filter((t) => t.count > 0).map((t) => t.term);
}

export async function findSimilarClaims(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input?: unknown },
): Promise<SimilarClaim[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const { limit } = similarClaimsQuerySchema.parse(options.input ?? {});
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: { id: true, exact: true },
  });
  if (!claim) throw new AppError("not_found", "Claim not found.");
  const features = claimFeatures(claim.exact);
  const terms = await selectiveTerms(db, retrievalTerms(features));
  if (terms.length === 0) return [];
  const rows = await candidates(db, options.workspaceId, claim.id, terms);
  const ranked = rows
    .flatMap((row) => {
      if (!row.claimId) return [];
      const similarity = scoreSimilarity(features, featuresOf(row.body));
      return similarity.score >= MIN_SIMILAR_SCORE ? [{ claimId: row.claimId, ...similarity }] : [];
    })
    .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId))
    .slice(0, limit);
  if (ranked.length === 0) return [];
  const claims = await db.claim.findMany({
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
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ranked.flatMap((r): SimilarClaim[] => {
    const found = byId.get(r.claimId);
    if (!found) return [];
    return [
      {
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
}
