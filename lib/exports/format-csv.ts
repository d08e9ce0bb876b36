// CSV for spreadsheets: one row per claim, and a second table with one row per note or source.
// Cells are quoted as RFC 4180 requires (csv-stringify), and also whenever they hold a line break
// of any kind or start or end with whitespace: csv-stringify quotes only the record delimiter
// (CRLF), so a note with a bare LF inside split its row in Python's csv, pandas and others, and
// unquoted edge spaces are trimmed by some readers. Cells a spreadsheet would run as a formula are
// prefixed with an apostrophe (see neutralizeFormula). A UTF-8 byte-order mark makes Excel read
// the file as UTF-8.
import { stringify } from "csv-stringify/sync";
import { describeProvenance, type Provenance } from "../provenance/provenance";
import type { ExportArticle, ExportContext } from "./export-model";
import { iri } from "./export-model";

export const CSV_BOM = "\uFEFF";

// OWASP's CSV injection guidance (and ASVS 1.2.10): a cell starting with = + - @, tab, CR, LF or
// NUL may be evaluated. Spreadsheets also skip leading whitespace before a formula, and some read
// the fullwidth forms ＝ ＋ － ＠ as = + - @.
const LEADING_CONTROL = /^[\t\r\n\0]/u;
const LEADING_TRIGGER = /^[\s\0\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

export function neutralizeFormula(value: string): string {
  return LEADING_CONTROL.test(value) || LEADING_TRIGGER.test(value) ? `'${value}` : value;
}

/** Cells quoted beyond RFC 4180's minimum: any line break, and whitespace at either end. */
export const CSV_QUOTED_MATCH = [/[\r\n]/u, /^\s|\s$/u];

function row(cells: (string | number | boolean | null | undefined)[]): string {
  return stringify(
    [
      cells.map((cell) =>
        cell === null || cell === undefined ? "" : typeof cell === "string" ? neutralizeFormula(cell) : String(cell),
      ),
    ],
    { record_delimiter: "\r\n", quoted_match: CSV_QUOTED_MATCH },
  );
}

const iso = (value: Date | null | undefined) => value?.toISOString() ?? "";
/** "Imported from Hypothesis, originally by …": what an imported file said, as text. */
const origin = (provenance: Provenance | null | undefined) => (provenance ? describeProvenance(provenance) : "");

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
  "claimant",
  "claimant_type",
  "claim_date",
  "appearance_url",
  "claim_reviewed",
  "public_url",
  "verdicts",
  "note_count",
  "source_count",
  "created_by",
  "created_at",
  "provenance",
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
  "provenance",
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
        claim.claimant?.name,
        claim.claimant?.type,
        claim.claimDate,
        claim.appearanceUrl ?? article.sourceUrl,
        claim.finalVerdict?.claimReviewed,
        context.publisher.publicSite && claim.finalVerdict?.published ? iri.publicFactCheck(context, claim.id) : "",
        claim.verdicts.map((v) => `${v.reviewer.name}: ${v.rating.label} (${v.confidence}%)`).join("; "),
        claim.notes.length,
        claim.sources.length,
        claim.createdBy.name,
        iso(claim.createdAt),
        origin(claim.provenance),
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
          origin(note.provenance),
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
          origin(source.provenance),
        ]);
      }
    }
  }
}
