// The flat driver-level export reader gives exactly what Prisma's nested relation read gave (the
// reader exports used before, kept here as the oracle), for every kind of viewer under blind
// review, with an article cut into parts as small as two claims.
import { claimAppearanceOf } from "../claims/set-claim-appearance";
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { sqlOf, type Db } from "../db/client";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { buildProvenance, parseProvenance, serializeProvenance } from "../provenance/provenance";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { verdictVisibility, visibleVerdictsWhere } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { Actor } from "../auth/actor";
import type { ExportArticle, ExportRating } from "./export-model";
import { claimParts, readExportArticle } from "./read-export-article";

const db = () => testDb().db;
const person = { select: { id: true, name: true } } as const;
const ratingSelect = {
  select: { id: true, label: true, ordinal: true, position: true, claimReviewName: true, claimReviewValue: true },
} as const;

/** The nested Prisma read exports used before the flat reader. */
async function readWithPrisma(database: Db, actor: Actor, workspaceId: string, articleId: string) {
  const member = await getMemberActor(database, actor, workspaceId);
  const workspace = await database.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { blindReview: true },
  });
  const verdictWhere = visibleVerdictsWhere(member, verdictVisibility(member, workspace));
  const claims = await database.claim.findMany({
    where: { articleId },
    orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
    select: {
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      revisionId: true,
      status: true,
      anchorState: true,
      anchorConfidence: true,
      createdAt: true,
      updatedAt: true,
      provenance: true,
      claimantName: true,
      claimantType: true,
      claimDate: true,
      appearanceUrl: true,
      createdBy: person,
      tags: { select: { tag: { select: { name: true } } } },
      notes: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          replyToId: true,
          createdAt: true,
          updatedAt: true,
          provenance: true,
          author: person,
          tags: { select: { tag: { select: { name: true } } } },
        },
      },
      sources: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          excerpt: true,
          stance: true,
          accessedAt: true,
          archivedUrl: true,
          createdAt: true,
          updatedAt: true,
          provenance: true,
          addedBy: person,
        },
      },
      verdicts: {
        where: { ...verdictWhere, submittedAt: { not: null } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          confidence: true,
          rationale: true,
          submittedAt: true,
          createdAt: true,
          updatedAt: true,
          provenance: true,
          reviewer: person,
          rating: ratingSelect,
          sources: { select: { sourceId: true } },
        },
      },
      finalVerdict: {
        select: {
          summary: true,
          published: true,
          publishedAt: true,
          publishedExact: true,
          claimReviewed: true,
          firstPublishedAt: true,
          createdAt: true,
          updatedAt: true,
          provenance: true,
          editor: person,
          rating: ratingSelect,
        },
      },
    },
  });
  return claims.map(({ claimantName, claimantType, claimDate, appearanceUrl, ...claim }) => ({
    ...claim,
    ...claimAppearanceOf({ claimantName, claimantType, claimDate, appearanceUrl }),
    provenance: parseProvenance(claim.provenance),
    tags: claim.tags.map((t) => t.tag.name).sort(),
    notes: claim.notes.map((note) => ({
      ...note,
      provenance: parseProvenance(note.provenance),
      tags: note.tags.map((t) => t.tag.name).sort(),
    })),
    sources: claim.sources.map((source) => ({ ...source, provenance: parseProvenance(source.provenance) })),
    verdicts: claim.verdicts.map(({ sources, ...verdict }) => ({
      ...verdict,
      provenance: parseProvenance(verdict.provenance),
      submittedAt: verdict.submittedAt!,
      sourceIds: sources.map((s) => s.sourceId).sort(),
    })),
    finalVerdict: claim.finalVerdict && {
      ...claim.finalVerdict,
      provenance: parseProvenance(claim.finalVerdict.provenance),
    },
  }));
}

async function readFlat(
  actor: Actor,
  workspaceId: string,
  articleId: string,
  partClaims: number,
): Promise<ExportArticle[]> {
  const member = await getMemberActor(db(), actor, workspaceId);
  const workspace = await db().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { blindReview: true },
  });
  const ratings: ExportRating[] = await db().rating.findMany({ where: { workspaceId }, ...ratingSelect });
  const reader = {
    sql: sqlOf(db()),
    userId: member.userId,
    visibility: verdictVisibility(member, workspace),
    ratings: new Map(ratings.map((r) => [r.id, r])),
  };
  const parts: ExportArticle[] = [];
  for await (const part of readExportArticle(reader, articleId, partClaims)) parts.push(part);
  return parts;
}

describe("the flat export reader", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let articleId: string;
  const TEXT =
    "Unemployment fell to 3.1% in March, the lowest rate since 1974. Exports rose 12% last year. The minister said wages doubled. Prices fell by half in two years.";

  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [TEXT]);
    articleId = article.articleId;
    const workspaceId = ws.workspace.id;
    const claim = (actor: Actor, needle: string, tags?: string[]) =>
      createClaim(db(), {
        actor,
        workspaceId,
        articleId,
        input: { revisionId: article.revisionId, ...rangeOf(TEXT, needle), ...(tags ? { tags } : {}) },
      }).then((c) => c.id);
    // Two claims start at the same place (nested), so a part boundary must not fall between them.
    const nestedOuter = await claim(ws.reviewer, "Unemployment fell to 3.1% in March", ["economy", "labour"]);
    const nestedInner = await claim(ws.reviewer2, "Unemployment fell");
    const exports = await claim(ws.editor, "Exports rose 12% last year", ["trade"]);
    const wages = await claim(ws.reviewer, "wages doubled");
    await claim(ws.reviewer, "Prices fell by half");

    const first = await createNote(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: nestedOuter,
      input: { body: "**Check** the labour survey.", tags: ["todo", "survey"] },
    });
    await createNote(db(), {
      actor: ws.reviewer2,
      workspaceId,
      claimId: nestedOuter,
      input: { body: "Seasonally adjusted?", replyToId: first.id },
    });
    const gone = await createNote(db(), {
      actor: ws.reviewer2,
      workspaceId,
      claimId: nestedInner,
      input: { body: "Deleted later." },
    });
    await deleteNote(db(), { actor: ws.reviewer2, workspaceId, noteId: gone.id, input: { version: 1 } });
    await createNote(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: exports,
      input: { body: "Customs data, table 3." },
    });

    const source = await addSource(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: nestedOuter,
      input: {
        url: "https://stats.example/labour",
        title: "Labour survey",
        publisher: "Stats Office",
        excerpt: "3.4%",
        stance: "refutes",
        accessedAt: "2026-11-20",
      },
    });
    await addSource(db(), {
      actor: ws.reviewer2,
      workspaceId,
      claimId: nestedOuter,
      input: { url: "https://news.example/a", title: "Context piece", stance: "context" },
    });

    const ratings = await loadRatingScale(db(), workspaceId);
    const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
    await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: nestedOuter,
      input: {
        ratingId: rating("Mostly false"),
        confidence: 80,
        rationale: "Survey says 3.4%.",
        sourceIds: [source.id],
      },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      workspaceId,
      claimId: nestedOuter,
      input: { ratingId: rating("False"), confidence: 40, rationale: "Draft only.", submit: false },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: wages,
      input: { ratingId: rating("True"), confidence: 90 },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      workspaceId,
      claimId: wages,
      input: { ratingId: rating("False"), confidence: 55, rationale: "Nominal, not real." },
    });
    await setFinalVerdict(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: nestedOuter,
      input: { ratingId: rating("Mostly false"), summary: "It was 3.4%." },
    });
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: nestedOuter,
      input: { published: true, version: 1 },
    });
    await setFinalVerdict(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: wages,
      input: { ratingId: rating("Mixed"), summary: "Nominal wages only." },
    });
    // Some of it imported: its provenance is read with it.
    const provenance = serializeProvenance(buildProvenance({ via: "hypothesis", creator: "acct:rosa@hypothes.is" }));
    const onOuter = { where: { claimId: nestedOuter }, data: { provenance } };
    await db().claim.update({ where: { id: nestedOuter }, data: { provenance } });
    await Promise.all([
      db().note.updateMany(onOuter),
      db().source.updateMany(onOuter),
      db().verdict.updateMany(onOuter),
      db().finalVerdict.updateMany(onOuter),
    ]);
  });

  for (const who of ["editor", "reviewer", "reviewer2", "viewer"] as const) {
    it(`gives the ${who} what the nested Prisma read gives, in parts of two claims or whole`, async () => {
      const expected = await readWithPrisma(db(), ws[who], ws.workspace.id, articleId);
      for (const size of [2, 100]) {
        const parts = await readFlat(ws[who], ws.workspace.id, articleId, size);
        const claims = parts.flatMap((part) => part.claims);
        expect(claims, `${who}, parts of ${size}`).toEqual(expected);
        expect(parts.map((part) => part.part)).toEqual(
          parts.map((_, i) => ({
            firstClaimIndex: parts.slice(0, i).reduce((n, p) => n + p.claims.length, 0),
            claimCount: 5,
          })),
        );
      }
    });
  }

  it("reads real content: blind review, deleted notes, replies, tags, sources, drafts, final verdicts", async () => {
    const [editorView] = [await readFlat(ws.editor, ws.workspace.id, articleId, 100)];
    const claims = editorView[0]!.claims;
    const outer = claims.find((c) => c.exact.endsWith("in March"))!;
    expect(claims.map((c) => c.exact.slice(0, 12))).toEqual([
      "Unemployment",
      "Unemployment",
      "Exports rose",
      "wages double",
      "Prices fell ",
    ]);
    expect(outer.tags).toEqual(["economy", "labour"]);
    expect(outer.notes.map((n) => [n.body, n.tags])).toEqual([
      ["**Check** the labour survey.", ["survey", "todo"]],
      ["Seasonally adjusted?", []],
    ]);
    expect(outer.notes[1]!.replyToId).toBe(outer.notes[0]!.id);
    expect(claims[1]!.notes).toEqual([]);
    expect(outer.sources.map((s) => [s.title, s.stance, s.accessedAt?.toISOString() ?? null])).toEqual([
      ["Labour survey", "refutes", "2026-11-20T00:00:00.000Z"],
      ["Context piece", "context", null],
    ]);
    expect(outer.verdicts.map((v) => [v.reviewer.name, v.rating.label, v.sourceIds.length])).toEqual([
      ["Reviewer", "Mostly false", 1],
    ]);
    expect(outer.finalVerdict).toMatchObject({
      published: true,
      summary: "It was 3.4%.",
      rating: { label: "Mostly false" },
    });
    expect(outer.finalVerdict!.publishedAt).toBeInstanceOf(Date);
    expect(outer.finalVerdict!.publishedExact).toBe(outer.exact);
    expect(claims.find((c) => c.exact === "wages doubled")!.finalVerdict).toMatchObject({
      published: false,
      publishedAt: null,
      publishedExact: null,
    });
    // reviewer2 only drafted on the outer claim: the first reviewer's verdict stays hidden there.
    const hidden = (await readFlat(ws.reviewer2, ws.workspace.id, articleId, 100))[0]!.claims.find(
      (c) => c.id === outer.id,
    )!;
    expect(hidden.verdicts).toEqual([]);
  });
});

describe("claimParts", () => {
  const rows = (starts: number[]) => starts.map((start, i) => ({ start, i }));

  it("cuts runs of about the size asked, never between claims that start at the same place", () => {
    expect(claimParts(rows([0, 5, 9, 12, 20]), 2).map((part) => part.map((r) => r.start))).toEqual([
      [0, 5],
      [9, 12],
      [20],
    ]);
    expect(claimParts(rows([0, 5, 5, 5, 9]), 2).map((part) => part.map((r) => r.start))).toEqual([[0, 5, 5, 5], [9]]);
    expect(claimParts(rows([3, 3, 3]), 1).map((part) => part.length)).toEqual([3]);
    expect(claimParts([], 2)).toEqual([]);
  });
});
