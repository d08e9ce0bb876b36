// The shape a backup must have to be restored: anything else is refused with the path of the
// first problem, before anything is written.
import { z } from "zod";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-format";

const id = z.string().min(1).max(100);
const date = z.iso.datetime({ offset: true });
const email = z.string().min(3).max(254);
const text = (max: number) => z.string().max(max);

const claim = z.strictObject({
  id,
  revisionId: id,
  originalRevisionId: id,
  exact: text(20_000),
  prefix: text(2000),
  suffix: text(2000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  anchorState: z.enum(["anchored", "moved", "changed", "orphaned"]),
  anchorConfidence: z.number().min(0).max(1),
  status: z.enum(["unreviewed", "in_review", "verdict_proposed", "final"]),
  importKey: text(500).nullable(),
  createdBy: email,
  createdAt: date,
  tagIds: z.array(id),
  notes: z.array(
    z.strictObject({
      id,
      author: email,
      body: text(20_000),
      replyToId: id.nullable(),
      importKey: text(500).nullable(),
      createdAt: date,
      deletedAt: date.nullable(),
      tagIds: z.array(id),
    }),
  ),
  sources: z.array(
    z.strictObject({
      id,
      url: text(2048),
      title: text(500),
      publisher: text(200).nullable(),
      excerpt: text(5000).nullable(),
      stance: z.enum(["supports", "refutes", "context"]),
      accessedAt: date.nullable(),
      archivedUrl: text(2048).nullable(),
      addedBy: email,
      createdAt: date,
    }),
  ),
  verdicts: z.array(
    z.strictObject({
      id,
      reviewer: email,
      ratingId: id,
      confidence: z.number().int().min(0).max(100),
      rationale: text(20_000),
      submittedAt: date.nullable(),
      createdAt: date,
      sourceIds: z.array(id),
    }),
  ),
  finalVerdict: z
    .strictObject({
      id,
      editor: email,
      ratingId: id,
      summary: text(5000),
      published: z.boolean(),
      publishedAt: date.nullable(),
      createdAt: date,
    })
    .nullable(),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `This is not a Margin backup (format must be "${BACKUP_FORMAT}").` }),
  version: z.literal(BACKUP_VERSION, {
    message: `This backup's version is not supported (expected ${BACKUP_VERSION}).`,
  }),
  exportedAt: date,
  workspace: z.strictObject({ id, name: text(80), slug: text(100), blindReview: z.boolean(), createdAt: date }),
  members: z.array(
    z.strictObject({ email, name: text(100), role: z.enum(["admin", "editor", "reviewer", "viewer"]), joinedAt: date }),
  ),
  ratings: z
    .array(
      z.strictObject({
        id,
        label: text(60),
        description: text(500),
        color: text(20),
        ordinal: z.boolean(),
        position: z.number().int(),
        claimReviewName: text(60),
        claimReviewValue: z.number().int().nullable(),
        archivedAt: date.nullable(),
        createdAt: date,
      }),
    )
    .min(1),
  tags: z.array(z.strictObject({ id, name: text(40), createdAt: date })),
  articles: z.array(
    z.strictObject({
      id,
      title: text(300),
      outlet: text(200).nullable(),
      byline: text(300).nullable(),
      authorEmail: text(254).nullable(),
      publishedAt: date.nullable(),
      publishedLabel: text(100).nullable(),
      sourceUrl: text(2048).nullable(),
      language: text(20).nullable(),
      createdBy: email,
      createdAt: date,
      currentRevisionId: id.nullable(),
      revisions: z
        .array(
          z.strictObject({
            id,
            number: z.number().int().min(1),
            text: text(3_000_000),
            blocks: text(3_000_000),
            contentHash: text(100),
            origin: text(20),
            message: text(500).nullable(),
            createdBy: email,
            createdAt: date,
          }),
        )
        .min(1),
      claims: z.array(claim),
      assignments: z.array(
        z.strictObject({
          id,
          claimId: id.nullable(),
          assignee: email,
          assignedBy: email,
          dueAt: date.nullable(),
          completedAt: date.nullable(),
          createdAt: date,
        }),
      ),
      dismissals: z.array(z.strictObject({ textHash: text(100), dismissedBy: email, createdAt: date })),
    }),
  ),
  auditLog: z.array(
    z.strictObject({
      actor: email.nullable(),
      action: text(100),
      entityType: text(40),
      entityId: text(100),
      articleId: text(100).nullable(),
      claimId: text(100).nullable(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      createdAt: date,
    }),
  ),
});
export type Backup = z.infer<typeof backupSchema>;
