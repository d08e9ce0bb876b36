// Margin's own W3C export imported back into a fresh article: what survives (published state,
// verdict–source links, original times as provenance) and what blind review keeps out.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { getClaimDetail } from "../claims/get-claim-detail";
import { validateAnnotationCollection } from "../testing/validate-w3c";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listClaimVerdicts } from "../verdicts/list-claim-verdicts";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { importAnnotations } from "./import-annotations";
import { exportW3c, FIRST_CLAIM, makeStory } from "../testing/annotation-files";

const db = () => testDb().db;
type Ws = Awaited<ReturnType<typeof makeWorkspace>>;

/** A claim worked on by everyone: a thread, two sources, the editor's verdict resting on one, a reviewer's, a published final verdict. */
async function reviewedClaim(ws: Ws) {
  const scope = { workspaceId: ws.workspace.id };
  const article = await makeStory(db(), ws.workspace.id, ws.editor.userId);
  const ratings = await loadRatingScale(db(), ws.workspace.id);
  const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
  const claim = await createClaim(db(), {
    actor: ws.reviewer,
    ...scope,
    articleId: article.articleId,
    input: { revisionId: article.revisionId, ...rangeOf(article.text, FIRST_CLAIM), tags: ["jobs"] },
  });
  const on = { ...scope, claimId: claim.id };
  const note = await createNote(db(), { actor: ws.reviewer, ...on, input: { body: "Per the **March** survey." } });
  await createNote(db(), { actor: ws.reviewer2, ...on, input: { body: "Which table?", replyToId: note.id } });
  const survey = await addSource(db(), {
    actor: ws.editor,
    ...on,
    input: {
      url: "https://stats.example/march",
      title: "March labour survey",
      publisher: "Statistics office",
      excerpt: "Unemployment: 4.6 percent.",
      stance: "refutes",
      accessedAt: "2016-12-05",
      archivedUrl: "https://archive.example/stats-march",
    },
  });
  await addSource(db(), {
    actor: ws.reviewer,
    ...on,
    input: { url: "https://news.example/context", title: "Background", stance: "context" },
  });
  await saveVerdict(db(), {
    actor: ws.editor,
    ...on,
    input: { ratingId: rating("False"), confidence: 80, rationale: "Survey says 4.6.", sourceIds: [survey.id] },
  });
  await saveVerdict(db(), {
    actor: ws.reviewer,
    ...on,
    input: { ratingId: rating("Mostly false"), confidence: 60, rationale: "A reviewer's own reading." },
  });
  const final = await setFinalVerdict(db(), {
    actor: ws.editor,
    ...on,
    input: { ratingId: rating("False"), summary: "The survey says 4.6 percent." },
  });
  await setFinalVerdictPublished(db(), { actor: ws.editor, ...on, input: { published: true, version: final.version } });
  return { articleId: article.articleId, claimId: claim.id };
}

async function seen(ws: Ws, claimId: string) {
  const scope = { actor: ws.editor, workspaceId: ws.workspace.id, claimId };
  const [detail, verdicts, row] = await Promise.all([
    getClaimDetail(db(), scope),
    listClaimVerdicts(db(), scope),
    db().finalVerdict.findUnique({ where: { claimId }, select: { publishedExact: true, publishedAt: true } }),
  ]);
  return { ...detail, verdicts, finalRow: row };
}

async function importInto(ws: Ws, actor: Ws["editor"], input: unknown) {
  const target = await makeStory(db(), ws.workspace.id, ws.editor.userId);
  const report = await importAnnotations(db(), {
    actor,
    workspaceId: ws.workspace.id,
    articleId: target.articleId,
    input,
  });
  const claim = await db().claim.findFirstOrThrow({ where: { articleId: target.articleId }, select: { id: true } });
  return { report, articleId: target.articleId, claimId: claim.id };
}

describe("W3C round trip of Margin's own export, as an editor", () => {
  let ws: Ws;
  let original: Awaited<ReturnType<typeof reviewedClaim>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    original = await reviewedClaim(ws);
  });

  it("keeps published state, verdict–source links and original times; the editor is the author of all of it", async () => {
    const file = await exportW3c(db(), ws.editor, ws.workspace.id, [original.articleId]);
    expect(validateAnnotationCollection(file)).toEqual([]);
    const { report, articleId, claimId } = await importInto(ws, ws.editor, file);
    expect(report).toMatchObject({
      anchored: 1,
      notes: 2,
      sources: 2,
      verdicts: 1,
      finalVerdicts: 1,
      assessmentsAsNotes: [],
      warnings: [],
    });
    // The reviewer's verdict is a verdict of this Margin: never copied (see the blind review test).
    expect(report.skipped).toEqual([
      { key: expect.stringMatching(/#verdict-/), reason: expect.stringMatching(/blind review/) },
    ]);

    const before = await seen(ws, original.claimId);
    const after = await seen(ws, claimId);
    const pick = (c: typeof before.claim) => [c.exact, c.start, c.end, c.tags, c.status];
    expect(pick(after.claim)).toEqual(pick(before.claim));
    expect(after.claim.createdBy.id).toBe(ws.editor.userId);
    expect(after.claim.provenance).toMatchObject({
      via: "w3c",
      creator: "Reviewer",
      createdAt: before.claim.createdAt,
    });

    expect(after.notes.map((n) => [n.body, n.replyToId === null, n.author.id])).toEqual(
      before.notes.map((n) => [n.body, n.replyToId === null, ws.editor.userId]),
    );
    expect(after.notes.map((n) => [n.provenance?.creator, n.provenance?.createdAt])).toEqual(
      before.notes.map((n) => [n.author.name, n.createdAt]),
    );
    expect(after.notes[1]!.replyToId).toBe(after.notes[0]!.id);

    const sourceFields = ({
      url,
      title,
      publisher,
      excerpt,
      stance,
      accessedAt,
      archivedUrl,
    }: (typeof before.sources)[0]) => ({
      url,
      title,
      publisher,
      excerpt,
      stance,
      accessedAt,
      archivedUrl,
    });
    expect(after.sources.map(sourceFields)).toEqual(before.sources.map(sourceFields));
    expect(after.sources.map((s) => [s.addedBy.id, s.provenance?.creator, s.provenance?.createdAt])).toEqual(
      before.sources.map((s) => [ws.editor.userId, s.addedBy.name, s.createdAt]),
    );

    const mine = after.verdicts.mine!;
    const theirs = before.verdicts.mine!;
    expect([mine.rating.id, mine.confidence, mine.rationale]).toEqual([
      theirs.rating.id,
      theirs.confidence,
      theirs.rationale,
    ]);
    expect(mine.sourceIds.map((id) => after.sources.find((s) => s.id === id)!.url)).toEqual([
      "https://stats.example/march",
    ]);
    expect(mine.provenance?.createdAt).toBe(theirs.submittedAt);
    expect(after.verdicts.others).toEqual([]);

    const final = after.verdicts.finalVerdict!;
    expect(final).toMatchObject({
      published: true,
      summary: before.verdicts.finalVerdict!.summary,
      rating: before.verdicts.finalVerdict!.rating,
      editor: { id: ws.editor.userId },
    });
    expect(final.provenance).toMatchObject({ publishedAt: before.verdicts.finalVerdict!.publishedAt });
    expect(after.finalRow).toMatchObject({ publishedExact: FIRST_CLAIM, publishedAt: expect.any(Date) });

    const actors = await db().auditLog.findMany({ where: { articleId }, select: { actorId: true } });
    expect(new Set(actors.map((a) => a.actorId))).toEqual(new Set([ws.editor.userId]));
  });

  it("keeps the first origin through a second round trip, and says so in the export", async () => {
    const first = await importInto(
      ws,
      ws.editor,
      await exportW3c(db(), ws.editor, ws.workspace.id, [original.articleId]),
    );
    const file = await exportW3c(db(), ws.editor, ws.workspace.id, [first.articleId]);
    expect(validateAnnotationCollection(file)).toEqual([]);
    const annotation = (file.first as { items: Record<string, unknown>[] }).items[0]!;
    expect(annotation.via).toMatch(new RegExp(`/annotations/${original.claimId}$`));
    expect(annotation["margin:originalCreator"]).toBe("Reviewer");

    const second = await importInto(ws, ws.editor, file);
    const [once, twice] = [await seen(ws, first.claimId), await seen(ws, second.claimId)];
    expect(twice.claim.provenance).toEqual(once.claim.provenance);
    expect(twice.notes.map((n) => n.provenance)).toEqual(once.notes.map((n) => n.provenance));
    expect(twice.sources.map((s) => s.provenance)).toEqual(once.sources.map((s) => s.provenance));
    expect(twice.verdicts.mine!.provenance).toEqual(once.verdicts.mine!.provenance);
    expect(twice.verdicts.finalVerdict).toMatchObject({
      published: true,
      provenance: once.verdicts.finalVerdict!.provenance,
    });
  });
});

describe("blind review across an export and re-import", () => {
  it("exports only what the exporter may see, and never turns another reviewer's verdict into a note", async () => {
    const ws = await makeWorkspace(db());
    const original = await reviewedClaim(ws);
    const verdictBodies = (file: Record<string, unknown>) =>
      JSON.stringify(file).match(/#verdict-[0-9a-f-]{36}/g)?.length ?? 0;

    // Not having rated, the second reviewer's export holds no verdict at all.
    expect(verdictBodies(await exportW3c(db(), ws.reviewer2, ws.workspace.id, [original.articleId]))).toBe(0);

    // Having rated, the reviewer sees (and exports) the editor's verdict beside their own.
    const file = await exportW3c(db(), ws.reviewer, ws.workspace.id, [original.articleId]);
    expect(verdictBodies(file)).toBe(2);
    const { report, claimId } = await importInto(ws, ws.reviewer, file);
    expect(report).toMatchObject({ verdicts: 1, finalVerdicts: 0 });
    expect(report.skipped).toEqual([
      { key: expect.stringMatching(/#verdict-/), reason: expect.stringMatching(/blind review/) },
    ]);
    // The published final verdict is public: it may become a note, marked as an assessment.
    expect(report.assessmentsAsNotes).toEqual([
      expect.objectContaining({ rating: "False", reason: "only editors set final verdicts" }),
    ]);

    const notes = await db().note.findMany({ where: { claimId }, select: { body: true } });
    expect(notes.map((n) => n.body).join("\n")).not.toContain("Survey says 4.6.");
    const verdicts = await db().verdict.findMany({ where: { claimId }, select: { reviewerId: true, rationale: true } });
    expect(verdicts).toEqual([{ reviewerId: ws.reviewer.userId, rationale: "A reviewer's own reading." }]);
    expect(await listClaimVerdicts(db(), { actor: ws.reviewer2, workspaceId: ws.workspace.id, claimId })).toMatchObject(
      { others: null, othersSubmitted: 1 },
    );
  });

  it("copies others' assessments into notes when the workspace does not review blind", async () => {
    const ws = await makeWorkspace(db(), { blindReview: false });
    const original = await reviewedClaim(ws);
    const { report } = await importInto(
      ws,
      ws.reviewer,
      await exportW3c(db(), ws.reviewer, ws.workspace.id, [original.articleId]),
    );
    expect(report.skipped).toEqual([]);
    expect(report.assessmentsAsNotes.map((a) => [a.rating, a.reason])).toEqual([
      ["False", "the file credits it to Editor"],
      ["False", "only editors set final verdicts"],
    ]);
  });
});
