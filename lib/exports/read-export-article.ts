// Reads one article's export content with flat SQL through the driver-level reader
// (db/sql-reader.ts): one query per table (claims, tags, notes, note tags, sources, verdicts,
// verdict sources, final verdicts), grouped by claim here. Prisma's nested select did the same
// reads but spent most of an export's time and memory stitching relations (README, Benchmarks).
// The SQL is the same on SQLite and PostgreSQL: quoted identifiers, `?` parameters only.
import { rawBoolean, rawDate, rawDateOrNull } from "../db/raw-values";
import type { SqlReader } from "../db/sql-reader";
import { canSeeOthersVerdicts, type VerdictVisibility } from "../verdicts/verdict-visibility";
import type { ExportArticle, ExportClaim, ExportRating } from "./export-model";

export interface ExportReader {
  sql: SqlReader;
  /** Who exports: their own verdicts always count, others' follow blind review. */
  userId: string;
  visibility: VerdictVisibility;
  ratings: Map<string, ExportRating>;
}

type RawDate = Date | string | number;
type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  authorEmail: string | null;
  publishedAt: RawDate | null;
  publishedLabel: string | null;
  sourceUrl: string | null;
  language: string | null;
  createdAt: RawDate;
  revisionId: string;
  revisionNumber: number;
  contentHash: string;
  revisionCreatedAt: RawDate;
};
type ClaimRow = {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  revisionId: string;
  status: string;
  anchorState: string;
  anchorConfidence: number;
  createdAt: RawDate;
  updatedAt: RawDate;
  createdById: string;
  createdByName: string;
};
type NoteRow = {
  id: string;
  claimId: string;
  body: string;
  replyToId: string | null;
  createdAt: RawDate;
  updatedAt: RawDate;
  authorId: string;
  authorName: string;
};
type SourceRow = {
  id: string;
  claimId: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: string;
  accessedAt: RawDate | null;
  archivedUrl: string | null;
  createdAt: RawDate;
  updatedAt: RawDate;
  addedById: string;
  addedByName: string;
};
type VerdictRow = {
  id: string;
  claimId: string;
  ratingId: string;
  confidence: number;
  rationale: string;
  submittedAt: RawDate;
  createdAt: RawDate;
  updatedAt: RawDate;
  reviewerId: string;
  reviewerName: string;
};
type FinalRow = {
  claimId: string;
  ratingId: string;
  summary: string;
  published: boolean | number;
  publishedAt: RawDate | null;
  publishedExact: string | null;
  createdAt: RawDate;
  updatedAt: RawDate;
  editorId: string;
  editorName: string;
};
type TagRow = { ownerId: string; name: string };
type LinkRow = { verdictId: string; sourceId: string };

// Every child table is reached through the claims of one part of the article: those starting in
// [from, to) (indexed: Claim(articleId, start)).
const ON_ARTICLE = `JOIN "Claim" c ON c."id" = x."claimId" WHERE c."articleId" = ? AND c."start" >= ? AND c."start" < ?`;

const SQL = {
  article: `SELECT a."id", a."title", a."outlet", a."byline", a."authorEmail", a."publishedAt", a."publishedLabel", a."sourceUrl", a."language", a."createdAt",
      r."id" AS "revisionId", r."number" AS "revisionNumber", r."contentHash", r."createdAt" AS "revisionCreatedAt"
    FROM "Article" a JOIN "ArticleRevision" r ON r."id" = a."currentRevisionId" WHERE a."id" = ?`,
  claims: `SELECT c."id", c."exact", c."prefix", c."suffix", c."start", c."end", c."revisionId", c."status", c."anchorState", c."anchorConfidence", c."createdAt", c."updatedAt",
      u."id" AS "createdById", u."name" AS "createdByName"
    FROM "Claim" c JOIN "User" u ON u."id" = c."createdById" WHERE c."articleId" = ?
    ORDER BY c."start" ASC, c."end" DESC, c."id" ASC`,
  claimTags: `SELECT x."claimId" AS "ownerId", t."name" FROM "ClaimTag" x JOIN "Tag" t ON t."id" = x."tagId" ${ON_ARTICLE}`,
  notes: `SELECT x."id", x."claimId", x."body", x."replyToId", x."createdAt", x."updatedAt", u."id" AS "authorId", u."name" AS "authorName"
    FROM "Note" x JOIN "User" u ON u."id" = x."authorId" ${ON_ARTICLE} AND x."deletedAt" IS NULL
    ORDER BY x."createdAt" ASC, x."id" ASC`,
  noteTags: `SELECT nt."noteId" AS "ownerId", t."name" FROM "NoteTag" nt JOIN "Tag" t ON t."id" = nt."tagId" JOIN "Note" x ON x."id" = nt."noteId" ${ON_ARTICLE} AND x."deletedAt" IS NULL`,
  sources: `SELECT x."id", x."claimId", x."url", x."title", x."publisher", x."excerpt", x."stance", x."accessedAt", x."archivedUrl", x."createdAt", x."updatedAt",
      u."id" AS "addedById", u."name" AS "addedByName"
    FROM "Source" x JOIN "User" u ON u."id" = x."addedById" ${ON_ARTICLE}
    ORDER BY x."createdAt" ASC, x."id" ASC`,
  // Drafts never leave Margin; which submitted verdicts the exporter sees is decided below.
  verdicts: `SELECT x."id", x."claimId", x."ratingId", x."confidence", x."rationale", x."submittedAt", x."createdAt", x."updatedAt", u."id" AS "reviewerId", u."name" AS "reviewerName"
    FROM "Verdict" x JOIN "User" u ON u."id" = x."reviewerId" ${ON_ARTICLE} AND x."submittedAt" IS NOT NULL
    ORDER BY x."submittedAt" ASC, x."id" ASC`,
  verdictSources: `SELECT vs."verdictId", vs."sourceId" FROM "VerdictSource" vs JOIN "Verdict" x ON x."id" = vs."verdictId" ${ON_ARTICLE} AND x."submittedAt" IS NOT NULL
    ORDER BY vs."verdictId", vs."sourceId"`,
  finals: `SELECT x."claimId", x."ratingId", x."summary", x."published", x."publishedAt", x."publishedExact", x."createdAt", x."updatedAt", u."id" AS "editorId", u."name" AS "editorName"
    FROM "FinalVerdict" x JOIN "User" u ON u."id" = x."editorId" ${ON_ARTICLE}`,
};

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

function tagsBy(rows: TagRow[]): Map<string, string[]> {
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
  const [row] = await reader.sql.all<ArticleRow>(SQL.article, [articleId]);
  if (!row) return;
  const article = {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    authorEmail: row.authorEmail,
    publishedAt: rawDateOrNull(row.publishedAt),
    publishedLabel: row.publishedLabel,
    sourceUrl: row.sourceUrl,
    language: row.language,
    createdAt: rawDate(row.createdAt),
    revision: {
      id: row.revisionId,
      number: row.revisionNumber,
      contentHash: row.contentHash,
      createdAt: rawDate(row.revisionCreatedAt),
    },
  };
  const claimRows = await reader.sql.all<ClaimRow>(SQL.claims, [articleId]);
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
  const { sql } = reader;
  const range = [articleId, claimRows[0]!.start, claimRows[claimRows.length - 1]!.start + 1];
  // At once: on PostgreSQL each goes to its own pooled connection (SQLite runs them in turn anyway).
  const [tagRows, noteRows, noteTagRows, sourceRows, verdictRows, linkRows, finalRows] = await Promise.all([
    sql.all<TagRow>(SQL.claimTags, range),
    sql.all<NoteRow>(SQL.notes, range),
    sql.all<TagRow>(SQL.noteTags, range),
    sql.all<SourceRow>(SQL.sources, range),
    sql.all<VerdictRow>(SQL.verdicts, range),
    sql.all<LinkRow>(SQL.verdictSources, range),
    sql.all<FinalRow>(SQL.finals, range),
  ]);
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
      createdAt: rawDate(row.createdAt),
      updatedAt: rawDate(row.updatedAt),
      createdBy: { id: row.createdById, name: row.createdByName },
      tags: claimTags.get(row.id) ?? [],
      notes: (notes.get(row.id) ?? []).map((note) => ({
        id: note.id,
        body: note.body,
        replyToId: note.replyToId,
        createdAt: rawDate(note.createdAt),
        updatedAt: rawDate(note.updatedAt),
        author: { id: note.authorId, name: note.authorName },
        tags: noteTags.get(note.id) ?? [],
      })),
      sources: (sources.get(row.id) ?? []).map((source) => ({
        id: source.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        excerpt: source.excerpt,
        stance: source.stance,
        accessedAt: rawDateOrNull(source.accessedAt),
        archivedUrl: source.archivedUrl,
        createdAt: rawDate(source.createdAt),
        updatedAt: rawDate(source.updatedAt),
        addedBy: { id: source.addedById, name: source.addedByName },
      })),
      verdicts: submitted
        .filter((verdict) => seesOthers || verdict.reviewerId === reader.userId)
        .map((verdict) => ({
          id: verdict.id,
          confidence: verdict.confidence,
          rationale: verdict.rationale,
          submittedAt: rawDate(verdict.submittedAt),
          createdAt: rawDate(verdict.createdAt),
          updatedAt: rawDate(verdict.updatedAt),
          reviewer: { id: verdict.reviewerId, name: verdict.reviewerName },
          rating: ratingOf(reader, verdict.ratingId),
          sourceIds: (verdictSources.get(verdict.id) ?? []).map((link) => link.sourceId),
        })),
      finalVerdict: final
        ? {
            summary: final.summary,
            published: rawBoolean(final.published),
            publishedAt: rawDateOrNull(final.publishedAt),
            publishedExact: final.publishedExact,
            createdAt: rawDate(final.createdAt),
            updatedAt: rawDate(final.updatedAt),
            editor: { id: final.editorId, name: final.editorName },
            rating: ratingOf(reader, final.ratingId),
          }
        : null,
    };
  });
}
