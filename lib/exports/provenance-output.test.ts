// Imported work leaves Margin with what its file said about its origin, beside its Margin author.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildProvenance } from "../provenance/provenance";
import type { ExportArticle } from "./export-model";
import { CLAIM_COLUMNS, EVIDENCE_COLUMNS, formatClaimsCsv, formatEvidenceCsv } from "./format-csv";
import { formatMarkdown } from "./format-markdown";
import { articleFixture, asStream, collect, CONTEXT } from "../testing/export-fixture";
import { validateAnnotation } from "../testing/validate-w3c";
import { claimToAnnotation } from "./w3c-annotation";

const fromHypothesis = buildProvenance({
  via: "hypothesis",
  creator: "acct:rosa@hypothes.is",
  creatorName: "Rosa Diaz",
  id: "hyp01",
  createdAt: "2016-12-01T10:00:00Z",
});
const fromW3c = buildProvenance({
  via: "w3c",
  creator: "Lee",
  id: "https://tool.example/anno/7",
  createdAt: "2016-11-30T08:00:00Z",
  publishedAt: "2016-12-02T00:00:00Z",
});

function importedArticle(): ExportArticle {
  const article = articleFixture();
  const claim = article.claims[0]!;
  claim.provenance = fromW3c;
  claim.notes[1]!.provenance = fromHypothesis;
  claim.sources[0]!.provenance = fromW3c;
  claim.verdicts[0]!.provenance = fromW3c;
  claim.finalVerdict!.provenance = fromW3c;
  return article;
}

type Json = Record<string, unknown>;

describe("provenance in exports", () => {
  it("W3C: margin:original* terms beside the Margin creator, `via` for an original annotation IRI", () => {
    const article = importedArticle();
    const annotation = claimToAnnotation(CONTEXT, article, article.claims[0]!);
    expect(validateAnnotation({ "@context": "http://www.w3.org/ns/anno.jsonld", ...annotation })).toEqual([]);
    expect(annotation).toMatchObject({
      via: "https://tool.example/anno/7",
      "margin:importedVia": "w3c",
      "margin:originalCreator": "Lee",
      "margin:originalCreated": "2016-11-30T08:00:00.000Z",
    });
    const bodies = annotation.body as Json[];
    const reply = bodies.find((b) => b.id === `${CONTEXT.origin}/w/fact-desk/articles/a-1?claim=c-0#note-n-2`)!;
    expect(reply).toMatchObject({
      creator: { name: 'Ben, "the checker"' },
      "margin:importedVia": "hypothesis",
      "margin:originalCreator": "acct:rosa@hypothes.is",
      "margin:originalCreatorName": "Rosa Diaz",
      "margin:originalId": "hyp01",
    });
    const final = bodies.find((b) => b["margin:final"] === true)!;
    expect(final).toMatchObject({
      "margin:publishedAt": "2026-11-04T09:00:00.000Z",
      "margin:originalPublished": "2016-12-02T00:00:00.000Z",
    });
    // Work done in Margin carries no origin terms.
    const own = bodies.find((b) => String(b.id).endsWith("#note-n-1"))!;
    expect(Object.keys(own).filter((key) => key.startsWith("margin:original"))).toEqual([]);
    const plain = claimToAnnotation(CONTEXT, articleFixture(), articleFixture().claims[0]!);
    expect(plain).not.toHaveProperty("via");
  });

  it("CSV: a provenance column in both tables, empty for work done here", async () => {
    const claims = parse(await collect(formatClaimsCsv(CONTEXT, asStream([importedArticle()]))), {
      bom: true,
    }) as string[][];
    expect(claims[1]![CLAIM_COLUMNS.indexOf("provenance")]).toBe(
      "Imported from W3C Web Annotations, originally by Lee, 30 Nov 2016",
    );
    expect(claims[2]![CLAIM_COLUMNS.indexOf("provenance")]).toBe("");
    const evidence = parse(await collect(formatEvidenceCsv(asStream([importedArticle()]))), {
      bom: true,
    }) as string[][];
    expect(evidence.map((row) => row[EVIDENCE_COLUMNS.indexOf("provenance")])).toEqual([
      "provenance",
      "",
      "Imported from Hypothesis, originally by Rosa Diaz (acct:rosa@hypothes.is), 1 Dec 2016",
      "Imported from W3C Web Annotations, originally by Lee, 30 Nov 2016",
    ]);
  });

  it("Markdown: an imported item says where it came from after its author", async () => {
    const md = await collect(formatMarkdown(CONTEXT, 1, asStream([importedArticle()])));
    expect(md).toContain(
      '- **Ben, "the checker"**, 2026-11-01 (#done) (imported from Hypothesis, originally by Rosa Diaz (acct:rosa@hypothes.is), 1 Dec 2016):',
    );
    expect(md).toContain(
      "Status: final · Tags: economy, \\<script\\>alert(1)\\</script\\> · Imported from W3C Web Annotations",
    );
    expect(md).toMatch(/by Ben, "the checker" \(imported from W3C Web Annotations, originally by Lee, 30 Nov 2016\)/);
  });
});
