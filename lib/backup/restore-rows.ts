// Turns a checked backup into rows to insert, table by table in an order the foreign keys accept,
// one article at a time (a generator: rows are built as they are written, never all at once).
// Every row gets a new id here, so references are known before anything is written. Times,
// versions and states are kept as the backup has them.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/client";
import { sourceSearchText } from "../sources/source-snapshot";
import type { Backup, BackupArticleInput, BackupClaimInput } from "./backup-schema";

export type RestoreStep =
  | { table: "rating"; rows: Prisma.RatingCreateManyInput[] }
  | { table: "tag"; rows: Prisma.TagCreateManyInput[] }
  | { table: "article"; rows: Prisma.ArticleCreateManyInput[] }
  | { table: "articleRevision"; rows: Prisma.ArticleRevisionCreateManyInput[] }
  | { table: "currentRevision"; rows: { articleId: string; revisionId: string; updatedAt: Date }[] }
  | { table: "claim"; rows: Prisma.ClaimCreateManyInput[] }
  | { table: "claimTag"; rows: Prisma.ClaimTagCreateManyInput[] }
  | { table: "note"; rows: Prisma.NoteCreateManyInput[] }
  | { table: "noteTag"; rows: Prisma.NoteTagCreateManyInput[] }
  | { table: "source"; rows: Prisma.SourceCreateManyInput[] }
  | { table: "verdict"; rows: Prisma.VerdictCreateManyInput[] }
  | { table: "verdictSource"; rows: Prisma.VerdictSourceCreateManyInput[] }
  | { table: "finalVerdict"; rows: Prisma.FinalVerdictCreateManyInput[] }
  | { table: "finalVerdictCorrection"; rows: Prisma.FinalVerdictCorrectionCreateManyInput[] }
  | { table: "assignment"; rows: Prisma.AssignmentCreateManyInput[] }
  | { table: "suggestionDismissal"; rows: Prisma.SuggestionDismissalCreateManyInput[] }
  | { table: "searchEntry"; rows: Prisma.SearchEntryCreateManyInput[] }
  | { table: "auditLog"; rows: Prisma.AuditLogCreateManyInput[] };

export type UserOf = (email: string) => string;

const d = (value: string | null | undefined) => (value ? new Date(value) : null);
const at = (value: string) => new Date(value);

/** How many rows a backup restores (for progress). */
export function countRestoreRows(backup: Backup): number {
  let rows = backup.ratings.length + backup.tags.length + backup.auditLog.length;
  for (const a of backup.articles) {
    rows += 2 + a.revisions.length + a.assignments.length + a.dismissals.length;
    for (const c of a.claims)
      rows +=
        2 +
        c.tagIds.length +
        c.notes.length * 2 +
        c.notes.reduce((n, note) => n + note.tagIds.length, 0) +
        c.sources.length * 2 +
        c.verdicts.reduce((n, v) => n + 1 + v.sourceIds.length, 0) +
        (c.finalVerdict ? 1 + (c.finalVerdict.corrections?.length ?? 0) : 0);
  }
  return rows;
}

export function* restoreSteps(backup: Backup, workspaceId: string, userOf: UserOf): Generator<RestoreStep> {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    const id = randomUUID();
    ids.set(old, id);
    return id;
  };
  const get = (old: string) => ids.get(old)!;
  yield {
    table: "rating",
    rows: backup.ratings.map((r) => ({
      id: fresh(r.id),
      workspaceId,
      label: r.label,
      description: r.description,
      color: r.color,
      ordinal: r.ordinal,
      position: r.position,
      claimReviewName: r.claimReviewName,
      claimReviewValue: r.claimReviewValue,
      archivedAt: d(r.archivedAt),
      createdAt: at(r.createdAt),
      updatedAt: at(r.updatedAt ?? r.createdAt),
      version: r.version ?? 1,
    })),
  };
  yield {
    table: "tag",
    rows: backup.tags.map((t) => ({ id: fresh(t.id), workspaceId, name: t.name, createdAt: at(t.createdAt) })),
  };
  for (const article of backup.articles) yield* articleSteps(article, workspaceId, userOf, fresh, get);
  for (let i = 0; i < backup.auditLog.length; i += 500)
    yield {
      table: "auditLog",
      rows: backup.auditLog.slice(i, i + 500).map((e) => ({
        workspaceId,
        actorId: e.actor ? userOf(e.actor) : null,
        action: e.action,
        entityType: e.entityType,
        // Entries name records by id: restored records by their new id, anything else as written.
        entityId: ids.get(e.entityId) ?? e.entityId,
        articleId: e.articleId ? (ids.get(e.articleId) ?? e.articleId) : null,
        claimId: e.claimId ? (ids.get(e.claimId) ?? e.claimId) : null,
        before: e.before,
        after: e.after,
        imported: true,
        createdAt: at(e.createdAt),
      })),
    };
}

function* articleSteps(
  article: BackupArticleInput,
  workspaceId: string,
  userOf: UserOf,
  fresh: (old: string) => string,
  get: (old: string) => string,
): Generator<RestoreStep> {
  const articleId = fresh(article.id);
  const updatedAt = at(article.updatedAt ?? article.createdAt);
  yield {
    table: "article",
    rows: [
      {
        id: articleId,
        workspaceId,
        title: article.title,
        outlet: article.outlet ?? null,
        byline: article.byline ?? null,
        authorEmail: article.authorEmail ?? null,
        publishedAt: d(article.publishedAt),
        publishedLabel: article.publishedLabel ?? null,
        sourceUrl: article.sourceUrl,
        language: article.language ?? null,
        archivedAt: d(article.archivedAt),
        createdById: userOf(article.createdBy),
        createdAt: at(article.createdAt),
        updatedAt,
        version: article.version ?? 1,
      },
    ],
  };
  yield {
    table: "articleRevision",
    rows: article.revisions.map(({ id, createdBy, createdAt, ...rest }) => ({
      ...rest,
      id: fresh(id),
      articleId,
      createdById: userOf(createdBy),
      createdAt: at(createdAt),
    })),
  };
  const current = article.revisions.find((r) => r.id === article.currentRevisionId);
  if (current) {
    yield { table: "currentRevision", rows: [{ articleId, revisionId: get(current.id), updatedAt }] };
    yield {
      table: "searchEntry",
      rows: [search(workspaceId, "article", articleId, articleId, null, `${article.title}\n\n${current.text}`)],
    };
  }
  for (const claim of article.claims) yield* claimSteps(claim, workspaceId, articleId, userOf, fresh, get);
  yield {
    table: "assignment",
    rows: article.assignments.map((a) => ({
      id: fresh(a.id),
      workspaceId,
      articleId,
      claimId: a.claimId ? get(a.claimId) : null,
      assigneeId: userOf(a.assignee),
      assignedById: userOf(a.assignedBy),
      dueAt: d(a.dueAt),
      completedAt: d(a.completedAt),
      withdrawnAt: d(a.withdrawnAt),
      createdAt: at(a.createdAt),
      updatedAt: at(a.updatedAt ?? a.createdAt),
      version: a.version ?? 1,
    })),
  };
  yield {
    table: "suggestionDismissal",
    rows: article.dismissals.map((x) => ({
      articleId,
      textHash: x.textHash,
      dismissedById: userOf(x.dismissedBy),
      createdAt: at(x.createdAt),
    })),
  };
}

function* claimSteps(
  claim: BackupClaimInput,
  workspaceId: string,
  articleId: string,
  userOf: UserOf,
  fresh: (old: string) => string,
  get: (old: string) => string,
): Generator<RestoreStep> {
  const claimId = fresh(claim.id);
  const scope = { workspaceId, claimId };
  yield {
    table: "claim",
    rows: [
      {
        id: claimId,
        workspaceId,
        articleId,
        revisionId: get(claim.revisionId),
        originalRevisionId: get(claim.originalRevisionId),
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
        start: claim.start,
        end: claim.end,
        anchorState: claim.anchorState,
        anchorConfidence: claim.anchorConfidence,
        status: claim.status,
        needsReviewReason: claim.needsReviewReason ?? null,
        claimantName: claim.claimantName ?? null,
        claimantType: claim.claimantName ? (claim.claimantType ?? "person") : null,
        claimDate: claim.claimDate ? new Date(`${claim.claimDate}T00:00:00.000Z`) : null,
        appearanceUrl: claim.appearanceUrl ?? null,
        importKey: claim.importKey,
        provenance: claim.provenance ?? null,
        createdById: userOf(claim.createdBy),
        createdAt: at(claim.createdAt),
        updatedAt: at(claim.updatedAt ?? claim.createdAt),
        version: claim.version ?? 1,
      },
    ],
  };
  yield { table: "claimTag", rows: claim.tagIds.map((tagId) => ({ claimId, tagId: get(tagId) })) };
  yield { table: "searchEntry", rows: [search(workspaceId, "claim", claimId, articleId, claimId, claim.exact)] };
  const notes = threadOrder(claim.notes);
  for (const note of notes) fresh(note.id);
  yield {
    table: "note",
    rows: notes.map((note) => ({
      ...scope,
      id: get(note.id),
      authorId: userOf(note.author),
      body: note.body,
      replyToId: note.replyToId ? get(note.replyToId) : null,
      importKey: note.importKey,
      provenance: note.provenance ?? null,
      createdAt: at(note.createdAt),
      updatedAt: at(note.updatedAt ?? note.createdAt),
      deletedAt: d(note.deletedAt),
      resolvedAt: d(note.resolvedAt),
      resolvedById: note.resolvedBy ? userOf(note.resolvedBy) : null,
      version: note.version ?? 1,
    })),
  };
  yield {
    table: "noteTag",
    rows: notes.flatMap((note) => note.tagIds.map((tagId) => ({ noteId: get(note.id), tagId: get(tagId) }))),
  };
  yield {
    table: "searchEntry",
    rows: notes
      .filter((note) => !note.deletedAt)
      .map((note) => search(workspaceId, "note", get(note.id), articleId, claimId, note.body)),
  };
  yield {
    table: "source",
    rows: claim.sources.map(({ id, addedBy, createdAt, updatedAt, accessedAt, version, provenance, ...rest }) => ({
      ...rest,
      ...scope,
      id: fresh(id),
      publisher: rest.publisher ?? null,
      excerpt: rest.excerpt ?? null,
      provenance: provenance ?? null,
      addedById: userOf(addedBy),
      accessedAt: d(accessedAt),
      createdAt: at(createdAt),
      updatedAt: at(updatedAt ?? createdAt),
      version: version ?? 1,
    })),
  };
  yield {
    table: "searchEntry",
    rows: claim.sources.map((s) => search(workspaceId, "source", get(s.id), articleId, claimId, sourceSearchText(s))),
  };
  yield {
    table: "verdict",
    rows: claim.verdicts.map((v) => ({
      ...scope,
      id: fresh(v.id),
      reviewerId: userOf(v.reviewer),
      ratingId: get(v.ratingId),
      confidence: v.confidence,
      rationale: v.rationale,
      provenance: v.provenance ?? null,
      submittedAt: d(v.submittedAt),
      createdAt: at(v.createdAt),
      updatedAt: at(v.updatedAt ?? v.createdAt),
      version: v.version ?? 1,
    })),
  };
  yield {
    table: "verdictSource",
    rows: claim.verdicts.flatMap((v) =>
      v.sourceIds.map((sourceId) => ({ verdictId: get(v.id), sourceId: get(sourceId) })),
    ),
  };
  const final = claim.finalVerdict;
  if (!final) return;
  const finalVerdictId = fresh(final.id);
  yield {
    table: "finalVerdict",
    rows: [
      {
        ...scope,
        id: finalVerdictId,
        editorId: userOf(final.editor),
        ratingId: get(final.ratingId),
        summary: final.summary,
        published: final.published,
        publishedAt: d(final.publishedAt),
        publishedExact: final.publishedExact ?? null,
        claimReviewed: final.claimReviewed ?? null,
        firstPublishedAt: d(final.firstPublishedAt),
        publishedState: final.publishedState ?? null,
        provenance: final.provenance ?? null,
        createdAt: at(final.createdAt),
        updatedAt: at(final.updatedAt ?? final.createdAt),
        version: final.version ?? 1,
      },
    ],
  };
  yield {
    table: "finalVerdictCorrection",
    rows: (final.corrections ?? []).map((entry) => ({
      workspaceId: scope.workspaceId,
      finalVerdictId,
      description: entry.description,
      createdAt: at(entry.createdAt),
    })),
  };
}

/** Notes with every note after the one it replies to, so a reply's reference exists when it is written. */
function threadOrder<T extends { id: string; replyToId: string | null }>(notes: T[]): T[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  const place = (note: T, depth: number) => {
    if (placed.has(note.id) || depth > notes.length) return;
    const parent = note.replyToId ? byId.get(note.replyToId) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(note.id);
    ordered.push(note);
  };
  for (const note of notes) place(note, 0);
  return ordered;
}

function search(
  workspaceId: string,
  kind: "article" | "claim" | "note" | "source",
  entityId: string,
  articleId: string,
  claimId: string | null,
  body: string,
): Prisma.SearchEntryCreateManyInput {
  return { workspaceId, kind, entityId, articleId, claimId, body, updatedAt: new Date() };
}
