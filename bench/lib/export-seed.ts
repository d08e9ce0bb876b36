// Bench-only seeder: a workspace of many articles, claims, notes (Markdown, some replies),
// sources, verdicts, final verdicts and tags, written with createMany. Going through the data
// layer (one transaction and audit entry per row) took ~48 s per 1,000 claims; the export only
// reads these rows, so their audit trail does not matter here.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { DEFAULT_RATING_SCALE } from "../../lib/ratings/default-rating-scale";
import { newsHeading, newsSentence } from "./news-text";
import { pick, prng } from "./prng";

const BATCH = 2_000;
const CONTEXT = 32;
const TAGS = ["economy", "health", "budget", "crime", "energy", "education", "trade", "statistics"];
const STANCES = ["supports", "refutes", "context"] as const;

async function insert<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

function articleText(random: () => number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) =>
    i % 10 === 9 ? newsHeading(random) : Array.from({ length: 4 }, () => newsSentence(random)).join(" "),
  ).join("\n\n");
}

export interface ExportSeed {
  workspaceId: string;
  editor: { userId: string };
  claims: number;
  notes: number;
}

export async function seedExportWorkspace(
  db: Db,
  options: { articles: number; claims: number; notes: number; seed?: number },
): Promise<ExportSeed> {
  const random = prng(options.seed ?? 11);
  const people = await Promise.all(
    ["editor", "ravi", "rosa"].map((name) =>
      db.user.upsert({
        where: { email: `${name}@margin.test` },
        create: { email: `${name}@margin.test`, name },
        update: {},
      }),
    ),
  );
  const [editor, ...reviewers] = people as [(typeof people)[0], ...typeof people];
  const workspace = await db.workspace.create({
    data: {
      name: "Export benchmark",
      slug: `export-bench-${randomUUID().slice(0, 8)}`,
      memberships: {
        create: [{ userId: editor.id, role: "editor" }, ...reviewers.map((r) => ({ userId: r.id, role: "reviewer" }))],
      },
      ratings: { create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })) },
    },
    select: { id: true, ratings: { select: { id: true } } },
  });
  const workspaceId = workspace.id;
  const ratingIds = workspace.ratings.map((r) => r.id);
  const tags = TAGS.map((name) => ({ id: randomUUID(), workspaceId, name }));
  await db.tag.createMany({ data: tags });

  const articles: {
    id: string;
    workspaceId: string;
    title: string;
    outlet: string;
    sourceUrl: string;
    currentRevisionId: string;
    createdById: string;
  }[] = [];
  const revisions: {
    id: string;
    articleId: string;
    number: number;
    text: string;
    blocks: string;
    contentHash: string;
    origin: string;
    createdById: string;
  }[] = [];
  const claims: {
    id: string;
    workspaceId: string;
    articleId: string;
    revisionId: string;
    originalRevisionId: string;
    exact: string;
    prefix: string;
    suffix: string;
    start: number;
    end: number;
    status: string;
    createdById: string;
  }[] = [];
  const claimTags: { claimId: string; tagId: string }[] = [];
  const notes: {
    id: string;
    workspaceId: string;
    claimId: string;
    authorId: string;
    body: string;
    replyToId: string | null;
  }[] = [];
  const sources: {
    id: string;
    workspaceId: string;
    claimId: string;
    url: string;
    title: string;
    publisher: string;
    excerpt: string;
    stance: string;
    accessedAt: Date;
    addedById: string;
  }[] = [];
  const verdicts: {
    id: string;
    workspaceId: string;
    claimId: string;
    reviewerId: string;
    ratingId: string;
    confidence: number;
    rationale: string;
    submittedAt: Date;
  }[] = [];
  const finals: {
    id: string;
    workspaceId: string;
    claimId: string;
    editorId: string;
    ratingId: string;
    summary: string;
    published: boolean;
    publishedAt: Date | null;
  }[] = [];

  const perArticle = Math.ceil(options.claims / options.articles);
  const notesPerClaim = options.notes / options.claims;
  for (let a = 0; a < options.articles && claims.length < options.claims; a++) {
    const articleId = randomUUID();
    const revisionId = randomUUID();
    const text = articleText(random, Math.max(20, Math.ceil(perArticle / 6)));
    const points = [...text];
    const blocks: { type: string; start: number; end: number }[] = [];
    let at = 0;
    for (const paragraph of text.split("\n\n")) {
      const length = [...paragraph].length;
      blocks.push({ type: paragraph.startsWith("#") ? "heading" : "paragraph", start: at, end: at + length });
      at += length + 2;
    }
    articles.push({
      id: articleId,
      workspaceId,
      title: `Benchmark article ${a + 1}: ${newsHeading(random)}`,
      outlet: "The Bench Courier",
      sourceUrl: `https://news.example/${a + 1}`,
      currentRevisionId: revisionId,
      createdById: editor.id,
    });
    revisions.push({
      id: revisionId,
      articleId,
      number: 1,
      text,
      blocks: JSON.stringify(blocks),
      contentHash: `bench-${a}`,
      origin: "paste",
      createdById: editor.id,
    });
    for (let c = 0; c < perArticle && claims.length < options.claims; c++) {
      // Claims are spans of real sentences in the text, overlapping where the article is dense.
      const block = blocks[Math.floor(random() * blocks.length)]!;
      const start = block.start + Math.floor(random() * Math.max(1, block.end - block.start - 40));
      const end = Math.min(block.end, start + 30 + Math.floor(random() * 90));
      const claimId = randomUUID();
      const index = claims.length;
      claims.push({
        id: claimId,
        workspaceId,
        articleId,
        revisionId,
        originalRevisionId: revisionId,
        exact: points.slice(start, end).join(""),
        prefix: points.slice(Math.max(0, start - CONTEXT), start).join(""),
        suffix: points.slice(end, end + CONTEXT).join(""),
        start,
        end,
        status: index % 4 === 0 ? "final" : index % 3 === 0 ? "verdict_proposed" : "in_review",
        createdById: pick(random, reviewers).id,
      });
      for (const tag of new Set([pick(random, tags), pick(random, tags)])) claimTags.push({ claimId, tagId: tag.id });
      const due = Math.round(notesPerClaim * (index + 1)) - Math.round(notesPerClaim * index);
      let first: string | null = null;
      for (let n = 0; n < due; n++) {
        const id = randomUUID();
        notes.push({
          id,
          workspaceId,
          claimId,
          authorId: pick(random, people).id,
          replyToId: n % 3 === 2 ? first : null,
          body: `**Check ${n + 1}.** ${newsSentence(random)}\n\n- see [the report](https://data.example/${index}/${n})\n- ${n % 2 ? "_contested_ by the ministry" : "numbers match the `table 3` figures"}`,
        });
        first ??= id;
      }
      if (index % 2 === 0) {
        sources.push({
          id: randomUUID(),
          workspaceId,
          claimId,
          url: `https://stats.example/report/${index}`,
          title: `Statistical bulletin ${index}`,
          publisher: "National Statistics Office",
          excerpt: newsSentence(random),
          stance: pick(random, STANCES),
          accessedAt: new Date(Date.UTC(2026, 0, 1 + (index % 300))),
          addedById: pick(random, reviewers).id,
        });
      }
      if (index % 3 !== 1) {
        for (const reviewer of reviewers) {
          verdicts.push({
            id: randomUUID(),
            workspaceId,
            claimId,
            reviewerId: reviewer.id,
            ratingId: pick(random, ratingIds),
            confidence: 50 + Math.floor(random() * 50),
            rationale: `${newsSentence(random)} The figures were compared with the bulletin.`,
            submittedAt: new Date(),
          });
        }
      }
      if (index % 4 === 0)
        finals.push({
          id: randomUUID(),
          workspaceId,
          claimId,
          editorId: editor.id,
          ratingId: pick(random, ratingIds),
          summary: `Settled: ${newsSentence(random)}`,
          published: index % 8 === 0,
          publishedAt: index % 8 === 0 ? new Date() : null,
        });
    }
  }

  await db.article.createMany({ data: articles.map((a) => ({ ...a, currentRevisionId: null })) });
  await insert(revisions, (data) => db.articleRevision.createMany({ data }));
  for (const article of articles)
    await db.article.update({ where: { id: article.id }, data: { currentRevisionId: article.currentRevisionId } });
  await insert(claims, (data) => db.claim.createMany({ data }));
  await insert(claimTags, (data) => db.claimTag.createMany({ data }));
  // Replies point at a note of the same claim that precedes them, so inserting in order satisfies the key.
  await insert(notes, (data) => db.note.createMany({ data }));
  await insert(sources, (data) => db.source.createMany({ data }));
  await insert(verdicts, (data) => db.verdict.createMany({ data }));
  await insert(finals, (data) => db.finalVerdict.createMany({ data }));
  return { workspaceId, editor: { userId: editor.id }, claims: claims.length, notes: notes.length };
}
