import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import type { ExportArticle } from "./export-model";
import {
  CLAIM_COLUMNS,
  CSV_BOM,
  EVIDENCE_COLUMNS,
  formatClaimsCsv,
  formatEvidenceCsv,
  neutralizeFormula,
} from "./format-csv";
import { articleFixture, asStream, collect, CONTEXT } from "../testing/export-fixture";

// Note bodies as reviewers write them: Markdown paragraphs and lists, line breaks of every kind,
// spaces at the edges, and the cells a spreadsheet would run.
const BODIES = [
  "First paragraph.\n\nSecond paragraph after a blank line.",
  "Checked:\n- the ministry's table\n- the 2015 report\n\n1. one\n2. two",
  "Windows line\r\nbreaks\r\n\r\ninside",
  "Old Mac\rline break",
  "  indented first line\nand a trailing space ",
  "\n\nstarts with blank lines",
  "ends with a newline\n",
  'commas, "quotes" and ;semicolons;',
  '=HYPERLINK("http://evil")\nsecond line',
  " =1+1",
  "\t@SUM(A1)",
  "＝1+1 fullwidth",
  "－2 fullwidth minus",
  "plain text",
];

function articleWithNotes(): ExportArticle {
  const article = articleFixture(2);
  const claim = article.claims[0]!;
  const template = claim.notes[0]!;
  claim.notes = BODIES.map((body, i) => ({ ...template, id: `n-${i}`, body, replyToId: null }));
  claim.exact = "Voted 8-1\nin the second reading ";
  claim.finalVerdict!.summary = "The vote was 6-3.\n\n- roll call\n- minutes";
  return article;
}

/** The rows Python's csv module reads from each file (as pandas and most notebooks would). */
function python(files: string[]): string[][][] {
  const script = [
    "import csv, json, sys",
    "def rows(path):",
    "    with open(path, newline='', encoding='utf-8-sig') as f:",
    "        return list(csv.reader(f, strict=True))",
    "print(json.dumps([rows(path) for path in sys.argv[1:]]))",
  ].join("\n");
  return JSON.parse(execFileSync("python3", ["-c", script, ...files], { encoding: "utf8" })) as string[][][];
}

const dir = mkdtempSync(join(tmpdir(), "margin-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Both exports of the article, and what a reader must get back from each: every row whole, the
 * multi-line and hostile cells exactly as Margin wrote them. */
async function exportsOf(article: ExportArticle) {
  const claim = article.claims[0]!;
  const cell = (columns: string[], row: string[] | undefined, column: string) => row?.[columns.indexOf(column)];
  return [
    {
      name: "claims",
      csv: await collect(formatClaimsCsv(CONTEXT, asStream([article]))),
      check(rows: string[][]) {
        expect(rows[0]).toEqual(CLAIM_COLUMNS);
        expect(rows).toHaveLength(1 + article.claims.length);
        expect(rows.every((row) => row.length === CLAIM_COLUMNS.length)).toBe(true);
        expect(cell(CLAIM_COLUMNS, rows[1], "quote")).toBe(neutralizeFormula(claim.exact));
        expect(cell(CLAIM_COLUMNS, rows[1], "final_summary")).toBe(claim.finalVerdict!.summary);
        expect(cell(CLAIM_COLUMNS, rows[2], "quote")).toBe(article.claims[1]!.exact);
      },
    },
    {
      name: "evidence",
      csv: await collect(formatEvidenceCsv(asStream([article]))),
      check(rows: string[][]) {
        expect(rows[0]).toEqual(EVIDENCE_COLUMNS);
        expect(rows).toHaveLength(1 + claim.notes.length + claim.sources.length);
        expect(rows.every((row) => row.length === EVIDENCE_COLUMNS.length)).toBe(true);
        expect(rows.slice(1, 1 + claim.notes.length).map((row) => cell(EVIDENCE_COLUMNS, row, "text"))).toEqual(
          claim.notes.map((note) => neutralizeFormula(note.body)),
        );
        expect(cell(EVIDENCE_COLUMNS, rows.at(-1), "kind")).toBe("source");
      },
    },
  ];
}

describe("CSV quoting", () => {
  it("quotes every cell holding a line break or edge whitespace, and no plain cell", async () => {
    const csv = await collect(formatEvidenceCsv(asStream([articleWithNotes()])));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toContain('"First paragraph.\n\nSecond paragraph after a blank line."');
    expect(csv).toContain('"Windows line\r\nbreaks\r\n\r\ninside"');
    expect(csv).toContain('"Old Mac\rline break"');
    expect(csv).toContain('"  indented first line\nand a trailing space "');
    expect(csv).toContain('"ends with a newline\n"');
    expect(csv).toContain(",plain text,");
    // Outside quoted cells, the only line breaks are the CRLF record delimiters.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it.each([
    ["CRLF", "\r\n"],
    ["LF, CRLF or CR", ["\r\n", "\n", "\r"]],
  ])("reads back cell for cell with a strict RFC 4180 parser taking %s as record delimiter", async (_, delimiter) => {
    for (const { csv, check } of await exportsOf(articleWithNotes())) {
      const rows = parse(csv, {
        bom: true,
        record_delimiter: delimiter,
        relax_column_count: false,
        relax_quotes: false,
        skip_empty_lines: false,
        skip_records_with_empty_values: false,
        trim: false,
      }) as string[][];
      check(rows);
    }
  });

  // One python3 process for both files; starting it is slow on a busy machine.
  it("reads back cell for cell with Python's csv module (strict), as csv-parse does", { timeout: 30_000 }, async () => {
    const exported = await exportsOf(articleWithNotes());
    const files = exported.map(({ name, csv }) => {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, csv, "utf8");
      return file;
    });
    const read = python(files);
    expect(read).toHaveLength(exported.length);
    exported.forEach(({ csv, check }, i) => {
      check(read[i]!);
      expect(read[i]).toEqual(parse(csv, { bom: true, record_delimiter: "\r\n" }));
    });
  });
});

describe("formula neutralisation", () => {
  it.each([
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "\nx",
    "\0x",
    " =1+1",
    "   +1",
    "\t=1+1",
    "\r\n@SUM(A1)",
    "\u00A0=1+1",
    "\u3000-1",
    "\u200B=1+1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
    " ＝1+1",
  ])("prefixes %j with an apostrophe", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it.each(["plain", " plain", "a=b", "1-2", "", "'=already text", "name@example.com", "x\n=1"])(
    "leaves %j as it is",
    (value) => {
      expect(neutralizeFormula(value)).toBe(value);
    },
  );
});
