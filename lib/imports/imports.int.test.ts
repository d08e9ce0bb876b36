import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sliceCodePoints } from "../anchoring";
import { importArticle } from "../articles/import-article";
import { readUpload } from "../articles/read-upload";
import { createClaim } from "../claims/create-claim";
import { getClaimDetail } from "../claims/get-claim-detail";
import { listArticleClaims } from "../claims/list-article-claims";
import { formatW3c } from "../exports/format-w3c";
import { openExport } from "../exports/load-export-articles";
import { validateAnnotationCollection } from "../exports/validate-w3c";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import { importAnnotations } from "./import-annotations";

const db = () => testDb().db;
const VOA = readFileSync(join(process.cwd(), "prisma/seed/articles/003_b661382ebc12cbce.txt"));

async function seedArticle(ws: Awaited<ReturnType<typeof makeWorkspace>>) {
  return importArticle(db(), {
    actor: ws.editor,
    workspaceId: ws.workspace.id,
    input: { content: readUpload(VOA), fileName: "voa.txt" },
  });
}

async function articleText(articleId: string) {
  const article = await db().article.findUniqueOrThrow({
    where: { id: articleId },
    select: { currentRevision: { select: { text: true } } },
  });
  return article.currentRevision!.text;
}

describe("importing annotations", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
  });

  it("anchors every quote of a Hypothesis export of a seed article in the right place, once", async () => {
    const article = await seedArticle(ws);
    const file = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/hypothesis-voa.json"), "utf8")) as {
      annotations: { id: string; target: { selector?: { type: string; exact?: string }[] }[] }[];
    };
    const report = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.id,
      input: file,
    });
    expect(report).toMatchObject({ format: "hypothesis", anchored: 6, alreadyImported: 0, notes: 8 });
    expect(report.orphaned.map((o) => o.quote)).toEqual([
      "This sentence does not appear anywhere in the article at all.",
    ]);
    const text = await articleText(article.id);
    const claims = await listArticleClaims(db(), {
      actor: ws.viewer,
      workspaceId: ws.workspace.id,
      articleId: article.id,
    });
    for (const annotation of file.annotations.slice(0, 6)) {
      const exact = annotation.target[0]!.selector!.find((s) => s.type === "TextQuoteSelector")!.exact!;
      const claim = claims.find((c) => c.exact === exact)!;
      expect(claim, exact).toBeDefined();
      expect(sliceCodePoints(text, claim.start, claim.end)).toBe(exact);
      expect(claim.anchorState).toBe("anchored");
    }
    const first = claims.find((c) => c.exact.startsWith("he shipped"))!;
    expect(first.tags).toEqual(["numbers"]);
    const detail = await getClaimDetail(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, claimId: first.id });
    expect(detail.notes.map((n) => [n.body, n.replyToId !== null])).toEqual([
      ["Customs data needed.", false],
      ["Asked the customs office.", true],
    ]);
    expect(claims.find((c) => c.anchorState === "orphaned")).toBeDefined();

    const again = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.id,
      input: file,
    });
    expect(again).toMatchObject({ anchored: 0, alreadyImported: 7, notes: 0 });
    expect(
      (await listArticleClaims(db(), { actor: ws.viewer, workspaceId: ws.workspace.id, articleId: article.id })).length,
    ).toBe(claims.length);
  });

  it("round-trips Margin's W3C export into another workspace without loss", async () => {
    const source = await seedArticle(ws);
    const text = await articleText(source.id);
    const scope = { workspaceId: ws.workspace.id };
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      ...scope,
      articleId: source.id,
      input: {
        revisionId: source.revisionId,
        ...rangeOf(text, "Contact with anyone in the South can be punishable by death in North Korea."),
        tags: ["law"],
      },
    });
    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: { body: "Per the **2016** criminal code." },
    });
    await createNote(db(), {
      actor: ws.reviewer2,
      ...scope,
      claimId: claim.id,
      input: { body: "Source?", replyToId: note.id },
    });
    await addSource(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: {
        url: "https://law.example/nk",
        title: "Criminal code",
        publisher: "Law library",
        stance: "supports",
        accessedAt: "2026-10-01",
      },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[1]!.id, confidence: 75, rationale: "Mostly." },
    });
    await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope,
      claimId: claim.id,
      input: { ratingId: ratings[1]!.id, summary: "Broadly accurate." },
    });

    const exported = await openExport(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      articleIds: [source.id],
      origin: "https://margin.example",
    });
    let json = "";
    for await (const chunk of formatW3c(exported.context, exported.claimCount, exported.articles())) json += chunk;
    const collection = JSON.parse(json) as Record<string, unknown>;
    expect(validateAnnotationCollection(collection)).toEqual([]);

    const other = await makeWorkspace(db());
    const target = await seedArticle(other);
    const report = await importAnnotations(db(), {
      actor: other.editor,
      workspaceId: other.workspace.id,
      articleId: target.id,
      input: collection,
    });
    expect(report).toMatchObject({ format: "w3c", anchored: 1, orphaned: [], sources: 1, verdicts: 2 });
    const [imported] = await listArticleClaims(db(), {
      actor: other.viewer,
      workspaceId: other.workspace.id,
      articleId: target.id,
    });
    expect(imported).toMatchObject({
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      tags: ["law"],
      status: "final",
    });
    const detail = await getClaimDetail(db(), {
      actor: other.editor,
      workspaceId: other.workspace.id,
      claimId: imported!.id,
    });
    expect(detail.notes.map((n) => [n.body, n.author.name, n.replyToId !== null])).toEqual([
      ["Per the **2016** criminal code.", "Reviewer", false],
      ["Source?", "Second Reviewer", true],
    ]);
    expect(detail.sources[0]).toMatchObject({
      url: "https://law.example/nk",
      title: "Criminal code",
      publisher: "Law library",
      stance: "supports",
    });
    expect(
      (
        await importAnnotations(db(), {
          actor: other.editor,
          workspaceId: other.workspace.id,
          articleId: target.id,
          input: collection,
        })
      ).alreadyImported,
    ).toBe(1);
  });

  it("refuses files that are neither format, and viewers", async () => {
    const article = await seedArticle(ws);
    await expect(
      importAnnotations(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        articleId: article.id,
        input: { hello: "world" },
      }),
    ).rejects.toThrow(/neither W3C/);
    await expect(
      importAnnotations(db(), {
        actor: ws.viewer,
        workspaceId: ws.workspace.id,
        articleId: article.id,
        input: { type: "Annotation" },
      }),
    ).rejects.toThrow(/viewer/);
  });
});
