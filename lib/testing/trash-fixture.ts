// A claim and an article with one of everything that is deleted with them, and snapshots of
// every such row, whole, to prove that a restore puts back exactly what a delete took.
import { createAssignments } from "../assignments/create-assignments";
import { dismissSuggestion } from "../claim-suggestions/dismiss-suggestion";
import { createClaim } from "../claims/create-claim";
import type { Db } from "../db/client";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "./factories";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";

export const PARAGRAPHS = [
  "The port will cost $2.1 billion, the ministry said on Tuesday.",
  "Critics called it a white elephant that would never pay for itself.",
  "Unemployment fell to 4.2% in March.",
];

/** Rows of a claim's work are made at distinct milliseconds, so orders and times are meaningful. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

export async function makeBusyClaim(
  db: Db,
  ws: Awaited<ReturnType<typeof makeWorkspace>>,
  article: { articleId: string; revisionId: string; text: string },
  quote: string,
) {
  const scope = { workspaceId: ws.workspace.id };
  const claim = await createClaim(db, {
    actor: ws.reviewer,
    ...scope,
    articleId: article.articleId,
    input: { revisionId: article.revisionId, ...rangeOf(article.text, quote), tags: ["cost", "ports"] },
  });
  const on = { ...scope, claimId: claim.id };
  await tick();
  const root = await createNote(db, { actor: ws.reviewer, ...on, input: { body: "Root **note**.", tags: ["budget"] } });
  await tick();
  const reply = await createNote(db, { actor: ws.reviewer2, ...on, input: { body: "A reply.", replyToId: root.id } });
  await tick();
  const lone = await createNote(db, { actor: ws.reviewer2, ...on, input: { body: "A lone heron note." } });
  const cited = await addSource(db, {
    actor: ws.reviewer,
    ...on,
    input: { url: "https://budget.example/2024", title: "Budget 2024", stance: "supports", accessedAt: "2026-01-02" },
  });
  const context = await addSource(db, {
    actor: ws.reviewer2,
    ...on,
    input: { url: "https://news.example/port", title: "Port context", publisher: "News", stance: "context" },
  });
  const ratings = await loadRatingScale(db, ws.workspace.id);
  await saveVerdict(db, {
    actor: ws.reviewer,
    ...on,
    input: { ratingId: ratings[0]!.id, confidence: 80, rationale: "Budget table.", sourceIds: [cited.id] },
  });
  await saveVerdict(db, {
    actor: ws.reviewer2,
    ...on,
    input: { ratingId: ratings[1]!.id, confidence: 60, submit: false },
  });
  const final = await setFinalVerdict(db, {
    actor: ws.editor,
    ...on,
    input: { ratingId: ratings[0]!.id, summary: "It is so." },
  });
  // Published, taken down, published again with a correction, taken down: a corrections log, and
  // a claim that may be deleted (a published verdict locks it).
  let version = final.version;
  for (const input of [
    { published: true },
    { published: false },
    { published: true, correction: "The 2024 budget table was added." },
    { published: false },
  ])
    ({ version } = await setFinalVerdictPublished(db, { actor: ws.editor, ...on, input: { ...input, version } }));
  await createAssignments(db, {
    actor: ws.editor,
    ...scope,
    input: { articleId: article.articleId, assigneeIds: [ws.reviewer2.userId], claimIds: [claim.id] },
  });
  return { claim, root, reply, lone, cited, context, ratings };
}

/** A workspace, an article with a busy claim, an article assignment and a dismissed suggestion. */
export async function makeTrashWorld(db: Db) {
  const ws = await makeWorkspace(db);
  const article = await makeArticle(db, ws.workspace.id, ws.editor.userId, PARAGRAPHS, "Port costs");
  const busy = await makeBusyClaim(db, ws, article, "The port will cost $2.1 billion");
  const scope = { workspaceId: ws.workspace.id };
  await createAssignments(db, {
    actor: ws.editor,
    ...scope,
    input: { articleId: article.articleId, assigneeIds: [ws.reviewer.userId] },
  });
  await dismissSuggestion(db, {
    actor: ws.reviewer,
    ...scope,
    articleId: article.articleId,
    input: { text: PARAGRAPHS[2]! },
  });
  return { ws, scope, article, ...busy };
}

/** Every row that belongs to these claims, whole, in a stable order; search entries without their row id. */
export async function snapshotClaims(db: Db, claimIds: string[]) {
  const byClaim = { claimId: { in: claimIds } };
  return {
    claims: await db.claim.findMany({ where: { id: { in: claimIds } }, orderBy: { id: "asc" } }),
    claimTags: await db.claimTag.findMany({ where: byClaim, orderBy: [{ claimId: "asc" }, { tagId: "asc" }] }),
    notes: await db.note.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    noteTags: await db.noteTag.findMany({ where: { note: byClaim }, orderBy: [{ noteId: "asc" }, { tagId: "asc" }] }),
    sources: await db.source.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    verdicts: await db.verdict.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    verdictSources: await db.verdictSource.findMany({
      where: { verdict: byClaim },
      orderBy: [{ verdictId: "asc" }, { sourceId: "asc" }],
    }),
    finalVerdicts: await db.finalVerdict.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    corrections: await db.finalVerdictCorrection.findMany({ where: { finalVerdict: byClaim }, orderBy: { id: "asc" } }),
    assignments: await db.assignment.findMany({ where: byClaim, orderBy: { id: "asc" } }),
    searchEntries: await db.searchEntry.findMany({
      where: byClaim,
      orderBy: { entityId: "asc" },
      select: { workspaceId: true, kind: true, entityId: true, articleId: true, claimId: true, body: true },
    }),
  };
}

export async function snapshotArticle(db: Db, articleId: string) {
  const claimIds = (await db.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id);
  return {
    article: await db.article.findUnique({ where: { id: articleId } }),
    revisions: await db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" } }),
    claims: await snapshotClaims(db, claimIds),
    assignments: await db.assignment.findMany({ where: { articleId, claimId: null }, orderBy: { id: "asc" } }),
    dismissals: await db.suggestionDismissal.findMany({ where: { articleId }, orderBy: { id: "asc" } }),
    searchEntry: await db.searchEntry.findUnique({
      where: { entityId: articleId },
      select: { workspaceId: true, kind: true, entityId: true, articleId: true, claimId: true, body: true },
    }),
  };
}
