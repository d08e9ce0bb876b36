// The shape a backup must have to be restored. Each field is checked by the same zod schema that
// checks it when a person enters it (server actions, API, imports), so what Margin accepts live it
// restores, and what it would refuse live it refuses here. Cross-record rules (references, offsets
// within the text, block lists) are in check-backup.ts. Every problem is reported, not the first.
import { z } from "zod";
import { articleMetadataSchema, httpUrlSchema } from "../articles/schemas";
import { CLAIMANT_TYPES, tagNameSchema } from "../claims/schemas";
import { noteBodySchema } from "../notes/schemas";
import { provenanceSchema } from "../provenance/provenance";
import { ratingFieldsSchema } from "../ratings/schemas";
import { sourceFieldsSchema } from "../sources/schemas";
import { CLAIM_REVIEWED_MAX, saveVerdictSchema, setFinalVerdictSchema } from "../verdicts/schemas";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-format";

const id = z.string().min(1).max(100);
const date = z.iso.datetime({ offset: true });
const email = z.string().min(3).max(254);
const text = (max: number) => z.string().max(max);
const version = z.number().int().positive().optional();
const nullableUrl = z.union([httpUrlSchema, z.null()]);

/** A provenance column: JSON that lib/provenance reads. */
const provenance = z
  .string()
  .max(20_000)
  .nullable()
  .optional()
  .refine((value) => {
    if (value === null || value === undefined) return true;
    try {
      return provenanceSchema.safeParse(JSON.parse(value)).success;
    } catch {
      return false;
    }
  }, "provenance must be the JSON Margin writes (via, creator, id, createdAt).");

/** An audit snapshot: JSON or nothing. */
const snapshot = z
  .string()
  .nullable()
  .refine((value) => {
    if (value === null) return true;
    try {
      JSON.parse(value);
      return true;
    } catch {
      return false;
    }
  }, "before and after must be JSON.");

const note = z
  .strictObject({
    id,
    author: email,
    body: z.string(),
    replyToId: id.nullable(),
    importKey: text(500).nullable(),
    provenance,
    createdAt: date,
    updatedAt: date.optional(),
    version,
    deletedAt: date.nullable(),
    // A resolved thread: when, and by whom (absent in backups made before threads could be resolved).
    resolvedAt: date.nullable().optional(),
    resolvedBy: email.nullable().optional(),
    tagIds: z.array(id),
  })
  .superRefine((value, context) => {
    // A deleted note that keeps its place in a thread has an empty body; any other obeys the note rule.
    if (value.deletedAt !== null && value.body === "") return;
    for (const issue of noteBodySchema.safeParse(value.body).error?.issues ?? [])
      context.addIssue({ code: "custom", path: ["body"], message: issue.message });
  });

const source = z.strictObject({
  id,
  url: sourceFieldsSchema.shape.url,
  title: sourceFieldsSchema.shape.title,
  publisher: sourceFieldsSchema.shape.publisher,
  excerpt: sourceFieldsSchema.shape.excerpt,
  stance: sourceFieldsSchema.shape.stance,
  accessedAt: date.nullable(),
  archivedUrl: nullableUrl,
  provenance,
  addedBy: email,
  createdAt: date,
  updatedAt: date.optional(),
  version,
});

const verdict = z.strictObject({
  id,
  reviewer: email,
  ratingId: id,
  confidence: saveVerdictSchema.shape.confidence,
  rationale: saveVerdictSchema.shape.rationale.unwrap(),
  submittedAt: date.nullable(),
  provenance,
  createdAt: date,
  updatedAt: date.optional(),
  version,
  sourceIds: z.array(id),
});

const finalVerdict = z.strictObject({
  id,
  editor: email,
  ratingId: id,
  summary: setFinalVerdictSchema.shape.summary,
  published: z.boolean(),
  publishedAt: date.nullable(),
  publishedExact: text(20_000).nullable().optional(),
  claimReviewed: text(CLAIM_REVIEWED_MAX).nullable().optional(),
  firstPublishedAt: date.nullable().optional(),
  publishedState: text(100_000).nullable().optional(),
  corrections: z.array(z.strictObject({ description: text(2000), createdAt: date })).optional(),
  provenance,
  createdAt: date,
  updatedAt: date.optional(),
  version,
});

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
  needsReviewReason: text(500).nullable().optional(),
  claimantName: text(200).nullable().optional(),
  claimantType: z.enum(CLAIMANT_TYPES).nullable().optional(),
  claimDate: z.iso.date().nullable().optional(),
  appearanceUrl: text(2000).nullable().optional(),
  importKey: text(500).nullable(),
  provenance,
  createdBy: email,
  createdAt: date,
  updatedAt: date.optional(),
  version,
  tagIds: z.array(id),
  notes: z.array(note),
  sources: z.array(source),
  verdicts: z.array(verdict),
  finalVerdict: finalVerdict.nullable(),
});

const revision = z.strictObject({
  id,
  number: z.number().int().min(1),
  text: text(3_000_000),
  blocks: text(3_000_000),
  contentHash: text(100),
  origin: z.enum(["txt", "markdown", "html", "url", "paste", "api", "edit"]),
  message: text(500).nullable(),
  createdBy: email,
  createdAt: date,
});

const article = z.strictObject({
  id,
  title: articleMetadataSchema.shape.title,
  outlet: articleMetadataSchema.shape.outlet,
  byline: articleMetadataSchema.shape.byline,
  authorEmail: articleMetadataSchema.shape.authorEmail,
  publishedAt: date.nullable(),
  publishedLabel: articleMetadataSchema.shape.publishedLabel,
  sourceUrl: nullableUrl,
  language: articleMetadataSchema.shape.language,
  archivedAt: date.nullable().optional(),
  createdBy: email,
  createdAt: date,
  updatedAt: date.optional(),
  version,
  currentRevisionId: id.nullable(),
  revisions: z.array(revision).min(1),
  claims: z.array(claim),
  assignments: z.array(
    z.strictObject({
      id,
      claimId: id.nullable(),
      assignee: email,
      assignedBy: email,
      dueAt: date.nullable(),
      completedAt: date.nullable(),
      withdrawnAt: date.nullable().optional(),
      createdAt: date,
      updatedAt: date.optional(),
      version,
    }),
  ),
  dismissals: z.array(z.strictObject({ textHash: text(100), dismissedBy: email, createdAt: date })),
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
        label: ratingFieldsSchema.shape.label,
        description: ratingFieldsSchema.shape.description,
        color: ratingFieldsSchema.shape.color,
        ordinal: z.boolean(),
        position: z.number().int(),
        claimReviewName: ratingFieldsSchema.shape.claimReviewName,
        claimReviewValue: ratingFieldsSchema.shape.claimReviewValue,
        archivedAt: date.nullable(),
        createdAt: date,
        updatedAt: date.optional(),
        version,
      }),
    )
    .min(1),
  tags: z.array(z.strictObject({ id, name: tagNameSchema, createdAt: date })),
  articles: z.array(article),
  auditLog: z.array(
    z.strictObject({
      actor: email.nullable(),
      action: text(100),
      entityType: text(40),
      entityId: text(100),
      articleId: text(100).nullable(),
      claimId: text(100).nullable(),
      before: snapshot,
      after: snapshot,
      imported: z.boolean().optional(),
      createdAt: date,
    }),
  ),
});
export type Backup = z.infer<typeof backupSchema>;
export type BackupArticleInput = Backup["articles"][number];
export type BackupClaimInput = BackupArticleInput["claims"][number];
