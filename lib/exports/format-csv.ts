// CSV for spreadsheets: one row per claim, and a second table with one row per note or source.
// Cells are quoted as RFC 4180 requires (csv-stringify) and cells that a spreadsheet would run as
// a formula (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
// A UTF-8 byte-order mark makes Excel read the file as UTF-8.
import { stringify } from "csv-stringify/sync";
import type { ExportArticle, ExportContext } from "./export-model";
import { iri } from "./export-model";

export const CSV_BOM = "\uFEFF";

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(cells: (string | number | boolean | null | undefined)[]): string {
  return stringify(
    [
      cells.map((cell) =>
        cell === null || cell === undefined ? "" : typeof cell === "string" ? neutralizeFormula(cell) : String(cell),
      ),
    ],
    { record_delimiter: "\r\n" },
  );
}

const iso = (value: Date | null | undefined) => value?.toISOString() ?? "";

export const CLAIM_COLUMNS = [
  "article_id",
  "article_title",
  "article_url",
  "claim_id",
  "claim_url",
  "quote",
  "start",
  "end",
  "status",
  "tags",
  "final_rating",
  "final_summary",
  "final_published",
  "verdicts",
  "note_count",
  "source_count",
  "created_by",
  "created_at",
];
export const EVIDENCE_COLUMNS = [
  "claim_id",
  "kind",
  "id",
  "reply_to",
  "author",
  "text",
  "url",
  "title",
  "publisher",
  "stance",
  "accessed_at",
  "archived_url",
  "created_at",
];

export async function* formatClaimsCsv(
  context: ExportContext,
  articles: AsyncIterable<ExportArticle>,
): AsyncGenerator<string> {
  yield CSV_BOM + row(CLAIM_COLUMNS);
  for await (const article of articles) {
    for (const claim of article.claims) {
      yield row([
        article.id,
        article.title,
        article.sourceUrl ?? iri.article(context, article.id),
        claim.id,
        iri.claim(context, article.id, claim.id),
        claim.exact,
        claim.start,
        claim.end,
        claim.status,
        claim.tags.join("; "),
        claim.finalVerdict?.rating.label,
        claim.finalVerdict?.summary,
        claim.finalVerdict ? claim.finalVerdict.published : "",
        claim.verdicts.map((v) => `${v.reviewer.name}: ${v.rating.label} (${v.confidence}%)`).join("; "),
        claim.notes.length,
        claim.sources.length,
        claim.createdBy.name,
        iso(claim.createdAt),
      ]);
    }
  }
}

export async function* formatEvidenceCsv(articles: AsyncIterable<ExportArticle>): AsyncGenerator<string> {
  yield CSV_BOM + row(EVIDENCE_COLUMNS);
  for await (const article of articles) {
    for (const claim of article.claims) {
      for (const note of claim.notes)
        yield row([
          claim.id,
          "note",
          note.id,
          note.replyToId,
          note.author.name,
          note.body,
          "",
          "",
          "",
          "",
          "",
          "",
          iso(note.createdAt),
        ]);
      for (const source of claim.sources) {
        yield row([
          claim.id,
          "source",
          source.id,
          "",
          source.addedBy.name,
          source.excerpt,
          source.url,
          source.title,
          source.publisher,
          source.stance,
          iso(source.accessedAt),
          source.archivedUrl,
          iso(source.createdAt),
        ]);
      }
    }
  }
}
