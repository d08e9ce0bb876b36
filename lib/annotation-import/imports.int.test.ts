import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sliceCodePoints } from "../anchoring";
import { importArticle } from "../articles/import-article";
import { readUpload } from "../articles/read-upload";
import { getClaimDetail } from "../claims/get-claim-detail";
import { listArticleClaims } from "../claims/list-article-claims";
import { makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { importAnnotations } from "./import-annotations";
import { hypothesisFileNaming, makeStory, STORY_URL, w3cFileNaming } from "../testing/annotation-files";

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
    // The reply's account is "acct:editor@…", shown as "Editor": still the importer's note.
    expect(detail.notes.map((n) => [n.body, n.replyToId !== null, n.author.id, n.provenance?.creator])).toEqual([
      ["Customs data needed.", false, ws.reviewer.userId, "acct:fact_checker1@hypothes.is"],
      ["Asked the customs office.", true, ws.reviewer.userId, "acct:editor@hypothes.is"],
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

  it("imports the same file into a second article too, and adds nothing the second time into one", async () => {
    const first = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const second = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const file = w3cFileNaming(ws.editor, ws.reviewer2);
    const into = (articleId: string) =>
      importAnnotations(db(), { actor: ws.editor, workspaceId: ws.workspace.id, articleId, input: file });
    const counts = async (articleId: string) => {
      const claim = { articleId };
      return Promise.all([
        db().claim.count({ where: claim }),
        db().note.count({ where: { claim } }),
        db().source.count({ where: { claim } }),
        db().verdict.count({ where: { claim } }),
        db().finalVerdict.count({ where: { claim } }),
      ]);
    };
    expect(await into(first.articleId)).toMatchObject({
      anchored: 1,
      alreadyImported: 0,
      verdicts: 1,
      finalVerdicts: 1,
    });
    expect(await into(second.articleId)).toMatchObject({
      anchored: 1,
      alreadyImported: 0,
      verdicts: 1,
      finalVerdicts: 1,
    });
    expect(await counts(second.articleId)).toEqual(await counts(first.articleId));
    const before = await counts(first.articleId);
    expect(before).toEqual([1, 2, 1, 1, 1]);
    const again = await into(first.articleId);
    expect(again).toMatchObject({
      anchored: 0,
      alreadyImported: 1,
      notes: 0,
      sources: 0,
      verdicts: 0,
      finalVerdicts: 0,
    });
    expect(again.claims).toEqual([{ key: "w3c:https://annotations.example/anno/1", claimId: expect.any(String) }]);
    expect(await counts(first.articleId)).toEqual(before);
  });

  it("imports annotations of another address with a warning, and none for the same address written differently", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const elsewhere = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: hypothesisFileNaming(ws.editor, ws.reviewer2, "https://other.example/a-different-story"),
    });
    expect(elsewhere.anchored).toBe(1);
    expect(elsewhere.warnings).toEqual([
      {
        key: "hypothesis:hyp-root",
        message: `annotates https://other.example/a-different-story, not this article's source (${STORY_URL}); imported anyway`,
      },
    ]);
    const same = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: (await makeStory(db(), ws.workspace.id, ws.editor.userId)).articleId,
      input: hypothesisFileNaming(ws.editor, ws.reviewer2, STORY_URL.replace("https://", "http://www.") + "/#top"),
    });
    expect(same).toMatchObject({ anchored: 1, warnings: [] });
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
