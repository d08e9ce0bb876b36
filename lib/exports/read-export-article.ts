// Reads one article's export content with flat queries: one per table (claims, tags, notes, note
// tags, sources, verdicts, verdict sources, final verdicts), grouped by claim here. Prisma's nested
// select did the same reads but spent most of an export's time and memory stitching relations
// (docs/benchmarks.md, Exports).
import type { NotNull } from "kysely";
import type { Sql } from "../db/kysely";
import { claimAppearanceOf } from "../claims/set-claim-appearance";
import { parseProvenance } from "../provenance/provenance";
import { canSeeOthersVerdicts, type VerdictVisibility } from "../verdicts/verdict-visibility";
import type { ExportArticle, ExportClaim, ExportRating } from "./export-model";

export interface ExportReader {
  sql: Sql;
  /** Who exports: their own verdicts always count, others' follow blind review. */
  userId: string;
  visibility: VerdictVisibility;
  ratings: Map<string, ExportRating>;
}

/** The claims of one part of an article: those starting in [from, to) (indexed: Claim(articleId, start)). */
interface PartRange {
  articleId: string;
  from: number;
  to: number;
}

function readArticleRow(sql: Sql, articleId: string) {
  return sql
    .selectFrom("Article as a")
    .innerJoin("ArticleRevision as r", "r.id", "a.currentRevisionId")
    .select([
      "a.id",
      "a.title",
      "a.outlet",
      "a.byline",
      "a.authorEmail",
      "a.publishedAt",
      "a.publishedLabel",
      "a.sourceUrl",
      "a.language",
      "a.createdAt",
      "r.id as revisionId",
      "r.number as revisionNumber",
      "r.contentHash",
      "r.createdAt as revisionCreatedAt",
    ])
    .where("a.id", "=", articleId)
    .executeTakeFirst();
}

function readClaimRows(sql: Sql, articleId: string) {
  return sql
    .selectFrom("Claim as c")
    .innerJoin("User as u", "u.id", "c.createdById")
    .select([
      "c.id",
      "c.exact",
      "c.prefix",
      "c.suffix",
      "c.start",
      "c.end",
      "c.revisionId",
      "c.status",
      "c.anchorState",
      "c.anchorConfidence",
      "c.createdAt",
      "c.updatedAt",
      "c.provenance",
      "c.claimantName",
      "c.claimantType",
      "c.claimDate",
      "c.appearanceUrl",
      "u.id as createdById",
      "u.name as createdByName",
    ])
    .where("c.articleId", "=", articleId)
    .orderBy("c.start", "asc")
    .orderBy("c.end", "desc")
    .orderBy("c.id", "asc")
    .execute();
}
type ClaimRow = Awaited<ReturnType<typeof readClaimRows>>[number];

/** Each child table is reached through the claims of the part. */
function claimsOfPart(sql: Sql, part: PartRange) {
  return sql
    .selectFrom("Claim as c")
    .where("c.articleId", "=", part.articleId)
    .where("c.start", ">=", part.from)
    .where("c.start", "<", part.to);
}

function readPartRows(sql: Sql, part: PartRange) {
  const claims = claimsOfPart(sql, part).select("c.id");
  return Promise.all([
    sql
      .selectFrom("ClaimTag as x")
      .innerJoin("Tag as t", "t.id", "x.tagId")
      .select(["x.claimId as ownerId", "t.name"])
      .where("x.claimId", "in", claims)
      .execute(),
    sql
      .selectFrom("Note as x")
      .innerJoin("User as u", "u.id", "x.authorId")
      .select([
        "x.id",
        "x.claimId",
        "x.body",
        "x.replyToId",
        "x.createdAt",
        "x.updatedAt",
        "x.provenance",
        "u.id as authorId",
      ])
      .select("u.name as authorName")
      .where("x.claimId", "in", claims)
      .where("x.deletedAt", "is", null)
      .orderBy("x.createdAt", "asc")
      .orderBy("x.id", "asc")
      .execute(),
    sql
      .selectFrom("NoteTag as nt")
      .innerJoin("Tag as t", "t.id", "nt.tagId")
      .innerJoin("Note as x", "x.id", "nt.noteId")
      .select(["nt.noteId as ownerId", "t.name"])
      .where("x.claimId", "in", claims)
      .where("x.deletedAt", "is", null)
      .execute(),
    sql
      .selectFrom("Source as x")
      .innerJoin("User as u", "u.id", "x.addedById")
      .select([
        "x.id",
        "x.claimId",
        "x.url",
        "x.title",
        "x.publisher",
        "x.excerpt",
        "x.stance",
        "x.accessedAt",
        "x.archivedUrl",
        "x.createdAt",
        "x.updatedAt",
        "x.provenance",
        "u.id as addedById",
        "u.name as addedByName",
      ])
      .where("x.claimId", "in", claims)
      .orderBy("x.createdAt", "asc")
      .orderBy("x.id", "asc")
      .execute(),
    // Drafts never leave Margin; which submitted verdicts the exporter sees is decided below.
    sql
      .selectFrom("Verdict as x")
      .innerJoin("User as u", "u.id", "x.reviewerId")
      .select([
        "x.id",
        "x.claimId",
        "x.ratingId",
        "x.confidence",
        "x.rationale",
        "x.submittedAt",
        "x.createdAt",
        "x.updatedAt",
        "x.provenance",
        "u.id as reviewerId",
        "u.name as reviewerName",
      ])
      .where("x.claimId", "in", claims)
      .where("x.submittedAt", "is not", null)
      .$narrowType<{ submittedAt: NotNull }>()
      .orderBy("x.submittedAt", "asc")
      .orderBy("x.id", "asc")
      .execute(),
    sql
      .selectFrom("VerdictSource as vs")
      .innerJoin("Verdict as x", "x.id", "vs.verdictId")
      .select(["vs.verdictId", "vs.sourceId"])
      .where("x.claimId", "in", claims)
      .where("x.submittedAt", "is not", null)
      .orderBy("vs.verdictId")
      .orderBy("vs.sourceId")
      .execute(),
    sql
      .selectFrom("FinalVerdict as x")
      .innerJoin("User as u", "u.id", "x.editorId")
      .select([
        "x.claimId",
        "x.ratingId",
        "x.summary",
        "x.published",
        "x.publishedAt",
        "x.publishedExact",
        "x.claimReviewed",
        "x.firstPublishedAt",
        "x.createdAt",
        "x.updatedAt",
        "x.provenance",
        "u.id as editorId",
        "u.name as editorName",
      ])
      .where("x.claimId", "in", claims)
      .execute(),
  ]);
}

/** Rows grouped by a key, each group keeping the rows' order. */
function groupBy<R, K extends keyof R>(rows: R[], key: K): Map<R[K], R[]> {
  const groups = new Map<R[K], R[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

function tagsBy(rows: { ownerId: string; name: string }[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [ownerId, group] of groupBy(rows, "ownerId")) tags.set(ownerId, group.map((row) => row.name).sort());
  return tags;
}

function ratingOf(reader: ExportReader, ratingId: string): ExportRating {
  const rating = reader.ratings.get(ratingId);
  if (!rating) throw new Error(`rating ${ratingId} is not in the workspace's scale`);
  return rating;
}

/** Claims per part: a part's notes die young in V8's new space; a whole article's lived long enough to be promoted. */
export const PART_CLAIMS = 100;

/** Claim rows cut into runs of about `size`, never between two claims that start at the same place. */
export function claimParts<R extends { start: number }>(rows: R[], size: number): R[][] {
  const parts: R[][] = [];
  let part: R[] = [];
  for (const row of rows) {
    if (part.length >= size && row.start !== part[part.length - 1]!.start) {
      parts.push(part);
      part = [];
    }
    part.push(row);
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * The article in parts of about PART_CLAIMS claims, each with everything on its claims; nothing
 * when the article has no current revision. A part's child rows are those of the claims starting
 * in its range, which is why parts never split claims that start at the same place.
 */
export async function* readExportArticle(
  reader: ExportReader,
  articleId: string,
  partClaims = PART_CLAIMS,
): AsyncGenerator<ExportArticle> {
  const row = await readArticleRow(reader.sql, articleId);
  if (!row) return;
  const article = {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    authorEmail: row.authorEmail,
    publishedAt: row.publishedAt,
    publishedLabel: row.publishedLabel,
    sourceUrl: row.sourceUrl,
    language: row.language,
    createdAt: row.createdAt,
    revision: {
      id: row.revisionId,
      number: row.revisionNumber,
      contentHash: row.contentHash,
      createdAt: row.revisionCreatedAt,
    },
  };
  const claimRows = await readClaimRows(reader.sql, articleId);
  let firstClaimIndex = 0;
  for (const part of claimParts(claimRows, partClaims)) {
    yield {
      ...article,
      claims: await readClaims(reader, articleId, part),
      part: { firstClaimIndex, claimCount: claimRows.length },
    };
    firstClaimIndex += part.length;
  }
  if (!claimRows.length) yield { ...article, claims: [], part: { firstClaimIndex: 0, claimCount: 0 } };
}

async function readClaims(reader: ExportReader, articleId: string, claimRows: ClaimRow[]): Promise<ExportClaim[]> {
  const part = {
    articleId,
    from: claimRows[0]!.start,
    to: claimRows[claimRows.length - 1]!.start + 1,
  };
  const [tagRows, noteRows, noteTagRows, sourceRows, verdictRows, linkRows, finalRows] = await readPartRows(
    reader.sql,
    part,
  );
  const claimTags = tagsBy(tagRows);
  const notes = groupBy(noteRows, "claimId");
  const noteTags = tagsBy(noteTagRows);
  const sources = groupBy(sourceRows, "claimId");
  const verdicts = groupBy(verdictRows, "claimId");
  const verdictSources = groupBy(linkRows, "verdictId");
  const finals = groupBy(finalRows, "claimId");

  // Objects are built field by field: rest destructuring (`{ claimId, ...note }`) of 50,000 rows
  // cost more than the SQL.
  return claimRows.map((row): ExportClaim => {
    const submitted = verdicts.get(row.id) ?? [];
    // Blind review (verdict-visibility.ts): others' verdicts only once one's own is submitted.
    const seesOthers = canSeeOthersVerdicts(
      reader.visibility,
      submitted.some((v) => v.reviewerId === reader.userId),
    );
    const final = finals.get(row.id)?.[0];
    return {
      id: row.id,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      start: row.start,
      end: row.end,
      revisionId: row.revisionId,
      status: row.status,
      anchorState: row.anchorState,
      anchorConfidence: row.anchorConfidence,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      createdBy: { id: row.createdById, name: row.createdByName },
      provenance: parseProvenance(row.provenance),
      ...claimAppearanceOf(row),
      tags: claimTags.get(row.id) ?? [],
      notes: (notes.get(row.id) ?? []).map((note) => ({
        id: note.id,
        body: note.body,
        replyToId: note.replyToId,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
        author: { id: note.authorId, name: note.authorName },
        tags: noteTags.get(note.id) ?? [],
        provenance: parseProvenance(note.provenance),
      })),
      sources: (sources.get(row.id) ?? []).map((source) => ({
        id: source.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        excerpt: source.excerpt,
        stance: source.stance,
        accessedAt: source.accessedAt,
        archivedUrl: source.archivedUrl,
        createdAt: source.createdAt,
        updatedAt: source.updatedAt,
        addedBy: { id: source.addedById, name: source.addedByName },
        provenance: parseProvenance(source.provenance),
      })),
      verdicts: submitted
        .filter((verdict) => seesOthers || verdict.reviewerId === reader.userId)
        .map((verdict) => ({
          id: verdict.id,
          confidence: verdict.confidence,
          rationale: verdict.rationale,
          submittedAt: verdict.submittedAt,
          createdAt: verdict.createdAt,
          updatedAt: verdict.updatedAt,
          reviewer: { id: verdict.reviewerId, name: verdict.reviewerName },
          rating: ratingOf(reader, verdict.ratingId),
          sourceIds: (verdictSources.get(verdict.id) ?? []).map((link) => link.sourceId),
          provenance: parseProvenance(verdict.provenance),
        })),
      finalVerdict: final
        ? {
            summary: final.summary,
            published: final.published,
            publishedAt: final.publishedAt,
            publishedExact: final.publishedExact,
            claimReviewed: final.claimReviewed,
            firstPublishedAt: final.firstPublishedAt,
            createdAt: final.createdAt,
            updatedAt: final.updatedAt,
            editor: { id: final.editorId, name: final.editorName },
            rating: ratingOf(reader, final.ratingId),
            provenance: parseProvenance(final.provenance),
          }
        : null,
    };
  });
}
