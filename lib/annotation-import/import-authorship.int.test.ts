// An import writes as the person importing, within their role: files that name editors and
// colleagues as authors get them nowhere but into provenance.
import { beforeAll, describe, expect, it } from "vitest";
import { getClaimDetail } from "../claims/get-claim-detail";
import { parseProvenance } from "../provenance/provenance";
import { makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listClaimVerdicts } from "../verdicts/list-claim-verdicts";
import { importAnnotations } from "./import-annotations";
import { FIRST_CLAIM, hypothesisFileNaming, makeStory, w3cFileNaming } from "../testing/annotation-files";

const db = () => testDb().db;

async function everythingOn(articleId: string) {
  const claims = await db().claim.findMany({
    where: { articleId },
    select: {
      id: true,
      createdById: true,
      provenance: true,
      notes: { select: { authorId: true, body: true, provenance: true, replyToId: true } },
      sources: { select: { id: true, addedById: true, provenance: true } },
      verdicts: { select: { reviewerId: true, provenance: true, sources: { select: { sourceId: true } } } },
      finalVerdict: { select: { editorId: true, published: true, publishedAt: true, publishedExact: true } },
    },
  });
  const audit = await db().auditLog.findMany({ where: { articleId }, select: { actorId: true, action: true } });
  return { claims, audit };
}

describe("importing as a reviewer a file that names other members", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
  });

  it("writes nothing in anyone's name but the importer's: no final verdict, no colleague's verdict", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const report = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: w3cFileNaming(ws.editor, ws.reviewer2),
    });
    expect(report).toMatchObject({ anchored: 1, notes: 3, sources: 1, verdicts: 1, finalVerdicts: 0, warnings: [] });
    expect(report.assessmentsAsNotes).toEqual([
      expect.objectContaining({ rating: "False", reason: "only editors set final verdicts" }),
      expect.objectContaining({ rating: "True", reason: "the file credits it to Second Reviewer" }),
    ]);

    const { claims, audit } = await everythingOn(article.articleId);
    const [claim] = claims;
    expect(claims).toHaveLength(1);
    expect(claim!.createdById).toBe(ws.reviewer.userId);
    expect(claim!.notes.map((n) => n.authorId)).toEqual([ws.reviewer.userId, ws.reviewer.userId, ws.reviewer.userId]);
    expect(claim!.sources.map((s) => s.addedById)).toEqual([ws.reviewer.userId]);
    expect(claim!.finalVerdict).toBeNull();
    // The one verdict is the reviewer's own (its body named nobody), resting on the imported source.
    expect(claim!.verdicts).toEqual([
      expect.objectContaining({ reviewerId: ws.reviewer.userId, sources: [{ sourceId: claim!.sources[0]!.id }] }),
    ]);
    expect(await db().verdict.count({ where: { reviewerId: ws.reviewer2.userId } })).toBe(0);
    expect(await db().finalVerdict.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect(new Set(audit.map((entry) => entry.actorId))).toEqual(new Set([ws.reviewer.userId]));

    // What the file said is provenance: names, ids, times.
    const byBody = new Map(claim!.notes.map((n) => [n.body, parseProvenance(n.provenance)]));
    expect(byBody.get("Checked with the statistics office.")).toEqual({
      via: "w3c",
      creator: "Editor",
      id: "https://annotations.example/anno/1#note",
      createdAt: "2016-12-01T10:00:00.000Z",
    });
    expect(
      byBody.get("Imported assessment: **False** (final, published) — False: the survey says 4.6 percent."),
    ).toEqual(
      expect.objectContaining({
        creator: "Editor",
        id: "https://annotations.example/anno/1#final",
        createdAt: "2016-12-03T10:00:00.000Z",
        assessment: { rating: "False", final: true, confidence: null, published: true },
      }),
    );
    expect(byBody.get("Imported assessment: **True**, confidence 90% — True: the minister is right.")).toEqual(
      expect.objectContaining({
        creator: "Second Reviewer",
        assessment: { rating: "True", final: false, confidence: 90, published: false },
      }),
    );
    expect(parseProvenance(claim!.sources[0]!.provenance)).toMatchObject({
      creator: "Second Reviewer",
      createdAt: "2016-12-02T10:00:00.000Z",
    });

    // Blind review: the colleague's imported assessment is a note, not a verdict of theirs; the
    // colleague still rates blind, seeing only that one (real) verdict exists.
    const seenByColleague = await listClaimVerdicts(db(), {
      actor: ws.reviewer2,
      workspaceId: ws.workspace.id,
      claimId: claim!.id,
    });
    expect(seenByColleague).toMatchObject({ mine: null, others: null, othersSubmitted: 1 });
  });

  it("credits a Hypothesis thread to the importer, the accounts and names kept as provenance", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const report = await importAnnotations(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: hypothesisFileNaming(ws.editor, ws.reviewer2),
    });
    expect(report).toMatchObject({ format: "hypothesis", anchored: 1, notes: 2, warnings: [], skipped: [] });
    const { claims, audit } = await everythingOn(article.articleId);
    expect(claims[0]!.createdById).toBe(ws.reviewer.userId);
    expect(parseProvenance(claims[0]!.provenance)).toEqual({
      via: "hypothesis",
      creator: "acct:elena@hypothes.is",
      creatorName: "Editor",
      id: "hyp-root",
      createdAt: "2016-12-01T10:00:00.000Z",
    });
    const detail = await getClaimDetail(db(), {
      actor: ws.viewer,
      workspaceId: ws.workspace.id,
      claimId: claims[0]!.id,
    });
    expect(detail.notes.map((n) => [n.author.id, n.body, n.replyToId !== null, n.provenance?.creator])).toEqual([
      [ws.reviewer.userId, "Which survey?", false, "acct:elena@hypothes.is"],
      [ws.reviewer.userId, "The labour force survey.", true, "acct:rosa@hypothes.is"],
    ]);
    expect(detail.notes[1]!.provenance).toMatchObject({
      creatorName: "Second Reviewer",
      id: "hyp-reply",
      createdAt: "2016-12-02T11:30:00.000Z",
    });
    expect(new Set(audit.map((entry) => entry.actorId))).toEqual(new Set([ws.reviewer.userId]));
  });
});

describe("importing as an editor", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
  });

  it("gets at most the editor's own final verdict, published only on an exactly anchored quote", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const report = await importAnnotations(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: w3cFileNaming(ws.editor, ws.admin),
    });
    expect(report).toMatchObject({ verdicts: 1, finalVerdicts: 1, warnings: [] });
    expect(report.assessmentsAsNotes).toEqual([
      expect.objectContaining({ rating: "True", reason: "the file credits it to Admin" }),
    ]);
    const { claims } = await everythingOn(article.articleId);
    expect(claims[0]!.finalVerdict).toMatchObject({
      editorId: ws.editor.userId,
      published: true,
      publishedExact: FIRST_CLAIM,
    });
    expect(claims[0]!.finalVerdict!.publishedAt).toBeInstanceOf(Date);
    expect(claims[0]!.verdicts.map((v) => v.reviewerId)).toEqual([ws.editor.userId]);
    expect(await db().verdict.count({ where: { reviewerId: ws.admin.userId } })).toBe(0);
  });

  it("leaves a published final verdict unpublished, with a warning, when the quote changed", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const file = w3cFileNaming(ws.editor, ws.admin);
    (file.target as { selector: { exact: string } }).selector.exact = "unemployment fell to 4.2 percent in March";
    const report = await importAnnotations(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: file,
    });
    expect(report.changed).toHaveLength(1);
    expect(report.finalVerdicts).toBe(1);
    expect(report.warnings).toEqual([
      { key: expect.stringContaining("#final"), message: expect.stringContaining("left unpublished") },
    ]);
    const { claims } = await everythingOn(article.articleId);
    expect(claims[0]!.finalVerdict).toMatchObject({ published: false, publishedAt: null, publishedExact: null });
  });

  it("turns a final verdict credited to another editor into a note, even for an admin", async () => {
    const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
    const report = await importAnnotations(db(), {
      actor: ws.admin,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: w3cFileNaming(ws.editor, ws.reviewer),
    });
    expect(report.finalVerdicts).toBe(0);
    expect(report.assessmentsAsNotes.map((a) => a.reason)).toEqual([
      "the file credits it to Editor",
      "the file credits it to Reviewer",
    ]);
    expect(await db().finalVerdict.count({ where: { claim: { articleId: article.articleId } } })).toBe(0);
  });
});
