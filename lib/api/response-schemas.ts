// What each /api/v1 route answers on success, one zod schema per response shape. The OpenAPI
// document describes the answers from these (openapi.ts), and the route sweep checks every
// happy-path answer against them (app/api/v1/api-responses.int.test.ts): objects are strict, so a
// field a use case starts to answer fails that test until it is described here.
import { z } from "zod";
import { ASSIGNMENT_STATES } from "../assignments/assignment-state";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { ROLES } from "../permissions/roles";
import { provenanceSchema } from "../provenance/provenance";

const id = z.string();
const time = z.iso.datetime({ offset: true }).describe("ISO 8601 date-time");
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
const person = z.strictObject({ id, name: z.string() });
const provenance = orNull(provenanceSchema).describe("what an imported file said about its origin; null if made here");
const stance = z.enum(["supports", "refutes", "context"]);
const anchorState = z.enum(["anchored", "moved", "changed", "orphaned"]);
const ratingRef = z.strictObject({ id, label: z.string(), color: z.string() });

/** `{ data }`: the envelope of every JSON answer but W3C documents. */
export const dataOf = <T extends z.ZodType>(data: T) => z.strictObject({ data });
/** `{ data, nextCursor }`: a page of a list; send nextCursor as `cursor` for the next (null: the last page). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ data: z.array(item), nextCursor: orNull(z.string()) });

// Workspaces, members, the rating scale
export const workspaceSummaryResponse = z.strictObject({
  id,
  name: z.string(),
  slug: z.string(),
  role: z.enum(ROLES),
  articleCount: z.number().int(),
  memberCount: z.number().int(),
});
export const memberResponse = z.strictObject({
  id: id.describe("the member's user id (assigneeIds, reviewerId)"),
  name: z.string(),
  role: z.enum(ROLES),
  joinedAt: time,
  email: z.string().optional().describe("present for admins only"),
});
export const ratingResponse = z.strictObject({
  id,
  label: z.string(),
  description: z.string(),
  color: z.string().describe("#rrggbb"),
  ordinal: z.boolean().describe("true: on the true-to-false scale; false: outside it (unverifiable, opinion)"),
  position: z.number().int().describe("order on the scale, 0 first"),
  claimReviewName: z.string(),
  claimReviewValue: orNull(z.number().int()).describe("ClaimReview ratingValue; null for non-ordinal ratings"),
  archived: z.boolean(),
  version: z.number().int(),
  usage: z.number().int().describe("verdicts and final verdicts using it"),
});

// Articles
const progress = z.strictObject({ rated: z.number().int(), total: z.number().int() });
export const articleListItemResponse = z.strictObject({
  id,
  title: z.string(),
  outlet: orNull(z.string()),
  byline: orNull(z.string()),
  publishedAt: orNull(time),
  archivedAt: orNull(time),
  createdAt: time,
  claimCount: z.number().int(),
  revisionCount: z.number().int(),
  assignments: z.array(
    z.strictObject({
      assigneeId: id,
      assigneeName: z.string(),
      dueAt: orNull(time),
      overdue: z.boolean(),
      scope: z.enum(["article", "claims"]),
      progress,
    }),
  ),
});
const articleMetadataFields = {
  title: z.string(),
  outlet: orNull(z.string()),
  byline: orNull(z.string()),
  authorEmail: orNull(z.string()),
  publishedAt: orNull(time),
  publishedLabel: orNull(z.string()),
  sourceUrl: orNull(z.string()),
  language: orNull(z.string()),
};
export const articleMetadataResponse = z.strictObject({ id, ...articleMetadataFields, version: z.number().int() });
export const articleCreatedResponse = z.strictObject({ id, title: z.string(), revisionId: id });
export const articleArchivedResponse = z.strictObject({
  id,
  title: z.string(),
  archivedAt: orNull(time),
  version: z.number().int(),
});
export const revisionListItemResponse = z.strictObject({
  id,
  number: z.number().int(),
  contentHash: z.string(),
  origin: z.string(),
  message: orNull(z.string()),
  createdAt: time,
  createdBy: orNull(z.strictObject({ name: z.string() })),
  current: z.boolean(),
});
export const reanchorReportResponse = z.strictObject({
  revision: orNull(z.strictObject({ id, number: z.number().int() })),
  unchanged: z.number().int(),
  moved: z.array(z.strictObject({ claimId: id, exact: z.string() })),
  changed: z.array(z.strictObject({ claimId: id, before: z.string(), after: z.string(), confidence: z.number() })),
  orphaned: z.array(z.strictObject({ claimId: id, exact: z.string() })),
  unpublished: z.array(z.strictObject({ claimId: id, before: z.string(), after: orNull(z.string()) })),
});

// Claims
export const claimSummaryResponse = z.strictObject({
  id,
  revisionId: id,
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  status: z.enum(CLAIM_STATUSES),
  anchorState,
  anchorConfidence: z.number(),
  needsReviewReason: orNull(z.string()),
  version: z.number().int(),
  createdAt: time,
  createdBy: person,
  tags: z.array(z.string()),
  noteCount: z.number().int(),
  sources: z.strictObject({ supports: z.number().int(), refutes: z.number().int(), context: z.number().int() }),
  finalRating: orNull(z.strictObject({ label: z.string(), color: z.string(), published: z.boolean() })),
  contributorIds: z.array(id),
  assigneeIds: z.array(id),
});
export const articleDetailResponse = z.strictObject({
  id,
  workspaceId: id,
  ...articleMetadataFields,
  archivedAt: orNull(time),
  version: z.number().int(),
  createdAt: time,
  updatedAt: time,
  revisionCount: z.number().int(),
  revision: orNull(
    z.strictObject({
      id,
      number: z.number().int(),
      text: z.string(),
      blocks: z.array(
        z.strictObject({ type: z.string(), start: z.number().int(), end: z.number().int() }).describe("code points"),
      ),
      contentHash: z.string(),
      createdAt: time,
    }),
  ),
  claims: z.array(claimSummaryResponse),
});
/** A claim's row as writes answer it (create, re-attach). */
export const claimRecordResponse = z.strictObject({
  id,
  revisionId: id,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  anchorState,
  anchorConfidence: z.number(),
  status: z.enum(CLAIM_STATUSES),
  version: z.number().int(),
  tags: z.array(z.string()).optional(),
});
export const claimCreatedResponse = z.strictObject({
  claim: claimRecordResponse,
  anchoring: z.strictObject({
    state: anchorState,
    start: orNull(z.number().int()),
    end: orNull(z.number().int()),
    exact: orNull(z.string()),
    confidence: z.number(),
    needsReview: z.boolean(),
    method: z.enum(["position", "quote", "diff", "fuzzy", "none"]),
  }),
});
export const claimTagsResponse = z.strictObject({ tags: z.array(z.string()), version: z.number().int() });
export const claimReviewedResponse = z.strictObject({
  id,
  needsReviewReason: orNull(z.string()),
  version: z.number().int(),
});

// Notes and sources
export const noteViewResponse = z.strictObject({
  id,
  body: z.string().describe("Markdown"),
  replyToId: orNull(id),
  author: person,
  createdAt: time,
  updatedAt: time,
  deleted: z.boolean(),
  edited: z.boolean(),
  version: z.number().int(),
  tags: z.array(z.string()),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  provenance,
});
export const noteRecordResponse = z.strictObject({
  id,
  claimId: id,
  authorId: id,
  body: z.string(),
  replyToId: orNull(id),
  deletedAt: orNull(time),
  version: z.number().int(),
  tags: z.array(z.string()).optional(),
});
const sourceFields = {
  url: z.string(),
  title: z.string(),
  publisher: orNull(z.string()),
  excerpt: orNull(z.string()),
  stance,
  accessedAt: orNull(time),
  archivedUrl: orNull(z.string()),
};
export const sourceViewResponse = z.strictObject({
  id,
  ...sourceFields,
  addedBy: person,
  createdAt: time,
  version: z.number().int(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  provenance,
});
export const sourceRecordResponse = z.strictObject({
  id,
  claimId: id,
  ...sourceFields,
  addedById: id,
  version: z.number().int(),
});

// Verdicts
const verdictView = z.strictObject({
  id,
  reviewer: person,
  rating: ratingRef,
  confidence: z.number().int(),
  rationale: z.string(),
  sourceIds: z.array(id),
  submittedAt: orNull(time),
  updatedAt: time,
  version: z.number().int(),
  provenance,
});
export const finalVerdictViewResponse = z.strictObject({
  id,
  rating: ratingRef,
  summary: z.string(),
  published: z.boolean(),
  publishedAt: orNull(time),
  publishedExact: orNull(z.string()),
  editor: person,
  updatedAt: time,
  version: z.number().int(),
  provenance,
});
export const claimVerdictsResponse = z.strictObject({
  mine: orNull(verdictView),
  others: orNull(z.array(verdictView)).describe("null while blind review hides them from you"),
  othersSubmitted: z.number().int(),
  canSubmit: z.boolean(),
  blind: z.boolean(),
  finalVerdict: orNull(finalVerdictViewResponse),
  canSetFinal: z.boolean(),
});
export const savedVerdictResponse = z.strictObject({
  id,
  claimId: id,
  reviewerId: id,
  ratingId: id,
  confidence: z.number().int(),
  rationale: z.string(),
  submittedAt: orNull(time),
  version: z.number().int(),
  rating: z.string().describe("the rating's label"),
  sourceIds: z.array(id),
});
export const savedFinalVerdictResponse = z.strictObject({
  id,
  claimId: id,
  ratingId: id,
  summary: z.string(),
  published: z.boolean(),
  publishedAt: orNull(time),
  publishedExact: orNull(z.string()),
  editorId: id,
  version: z.number().int(),
  rating: z.string().describe("the rating's label"),
});
export const claimDetailResponse = z.strictObject({
  claim: z.strictObject({
    id,
    articleId: id,
    revisionId: id,
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    status: z.enum(CLAIM_STATUSES),
    anchorState,
    anchorConfidence: z.number(),
    needsReviewReason: orNull(z.string()),
    version: z.number().int(),
    createdAt: time,
    createdBy: person,
    tags: z.array(z.string()),
    canDelete: z.boolean(),
    provenance,
  }),
  notes: z.array(noteViewResponse),
  sources: z.array(sourceViewResponse),
  permissions: z.strictObject({
    canNote: z.boolean(),
    canAddSource: z.boolean(),
    canTag: z.boolean(),
    canMarkReviewed: z.boolean(),
  }),
  verdicts: claimVerdictsResponse,
});
export const historyEntryResponse = z.strictObject({
  id: z.number().int(),
  action: z.string(),
  entityType: z.string(),
  entityId: id,
  actor: orNull(person),
  at: time,
  before: z.unknown().describe("the entity before (null when created or redacted)"),
  after: z.unknown().describe("the entity after (null when redacted)"),
  redacted: z.boolean(),
  redactedReason: z.enum(["blind_review", "deleted"]).nullable(),
  deletion: orNull(z.strictObject({ state: z.enum(["in_trash", "deleted"]), by: orNull(person) })),
});
export const similarClaimResponse = z.strictObject({
  claimId: id,
  articleId: id,
  articleTitle: z.string(),
  exact: z.string(),
  score: z.number(),
  reasons: z.array(
    z.strictObject({
      kind: z.enum(["figures", "names", "terms", "other_figures", "other_names", "negation", "direction"]),
      label: z.string(),
      values: z.array(z.string()).optional(),
    }),
  ),
  status: z.enum(CLAIM_STATUSES),
  finalVerdict: orNull(
    z.strictObject({
      rating: z.strictObject({ label: z.string(), color: z.string() }),
      summary: z.string(),
      published: z.boolean(),
    }),
  ),
});

// Assignments
export const assignmentItemResponse = z.strictObject({
  id,
  state: z.enum(ASSIGNMENT_STATES),
  article: z.strictObject({ id, title: z.string() }),
  claim: orNull(z.strictObject({ id, exact: z.string() })).describe("null: the whole article"),
  assignee: person,
  assignedBy: person,
  dueAt: orNull(time),
  createdAt: time,
  completedAt: orNull(time),
  withdrawnAt: orNull(time),
  overdue: z.boolean(),
  progress,
  version: z.number().int(),
});
const assignmentFields = { id, articleId: id, claimId: orNull(id), assigneeId: id, dueAt: orNull(time) };
export const assignmentCreatedResponse = z.strictObject({ ...assignmentFields, version: z.number().int() });
export const assignmentRecordResponse = z.strictObject({
  ...assignmentFields,
  completedAt: orNull(time),
  withdrawnAt: orNull(time),
  version: z.number().int(),
});

// Search, import, restore, trash
export const searchResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      kind: z.enum(["article", "claim", "note", "source"]),
      entityId: id,
      article: z.strictObject({ id, title: z.string() }),
      claim: orNull(
        z.strictObject({
          id,
          exact: z.string(),
          status: z.string(),
          finalRating: orNull(z.strictObject({ label: z.string(), color: z.string() })),
        }),
      ),
      snippet: z.string().describe("[[…]] marks the matched words"),
      rank: z.number(),
    }),
  ),
  total: z.number().int().describe("matches in all (page with limit and offset)"),
});
const keyed = (fields: Record<string, z.ZodType>) => z.array(z.strictObject({ key: z.string(), ...fields }));
export const importReportResponse = z.strictObject({
  format: z.enum(["w3c", "hypothesis"]),
  anchored: z.number().int(),
  changed: keyed({ quote: z.string() }),
  orphaned: keyed({ quote: z.string() }),
  alreadyImported: z.number().int(),
  notes: z.number().int(),
  sources: z.number().int(),
  verdicts: z.number().int(),
  finalVerdicts: z.number().int(),
  assessmentsAsNotes: keyed({ rating: z.string(), reason: z.string() }),
  skipped: keyed({ reason: z.string() }),
  warnings: keyed({ message: z.string() }),
  claims: keyed({ claimId: id }),
});
export const restoreSummaryResponse = z.strictObject({
  articles: z.number().int(),
  claims: z.number().int(),
  auditEntries: z.number().int(),
  members: z.number().int(),
  placeholders: z.number().int(),
});
export const restoreClearedResponse = z.strictObject({ cleared: z.boolean() });
const trashEntityType = z.enum(["article", "claim", "note", "source"]);
export const trashItemResponse = z.strictObject({
  id,
  entityType: trashEntityType,
  entityId: id,
  label: z.string(),
  article: orNull(z.strictObject({ id, title: z.string(), inTrash: z.boolean() })),
  claim: orNull(z.strictObject({ id, quote: z.string(), inTrash: z.boolean() })),
  deletedBy: person,
  deletedAt: time,
  purgeAfter: time,
  daysLeft: z.number().int(),
});
export const trashRestoredResponse = z.strictObject({
  entityType: trashEntityType,
  entityId: id,
  articleId: orNull(id),
  claimId: orNull(id),
});

// W3C Web Annotation documents: the model allows extension properties, so these are open.
const w3cContext = z.union([z.string(), z.array(z.union([z.string(), z.record(z.string(), z.string())]))]);
const annotationFields = {
  "@context": w3cContext.optional(),
  id: z.string(),
  type: z.literal("Annotation"),
  motivation: z.string().optional(),
  body: z.array(z.record(z.string(), z.unknown())).optional(),
  target: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
};
export const annotationResponse = z.looseObject(annotationFields);
export const createdAnnotationResponse = z.looseObject({
  ...annotationFields,
  "margin:importReport": importReportResponse.describe("what the import did (Margin's namespace)"),
});
export const annotationCollectionResponse = z.looseObject({
  "@context": w3cContext,
  id: z.string(),
  type: z.union([z.literal("AnnotationCollection"), z.literal("AnnotationPage")]),
  total: z.number().int().optional(),
  first: z.unknown().optional(),
  last: z.string().optional(),
  items: z.array(annotationResponse).optional(),
});
