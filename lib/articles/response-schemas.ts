// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { assignmentProgressResponse } from "../assignments/response-schemas";
import { CLAIM_STATUSES, type ClaimStatus } from "../claims/claim-status";
import { claimSummaryResponse } from "../claims/response-schemas";
import { idSchema, isoTimeSchema, orNull } from "../http/response-schemas";

export const articleListItemResponse = z.strictObject({
  id: idSchema,
  title: z.string(),
  outlet: orNull(z.string()),
  byline: orNull(z.string()),
  publishedAt: orNull(isoTimeSchema),
  archivedAt: orNull(isoTimeSchema),
  createdAt: isoTimeSchema,
  claimCount: z.number().int(),
  /** Progress: how many of the article's claims are in each status. */
  claimsByStatus: z.strictObject(
    Object.fromEntries(CLAIM_STATUSES.map((status) => [status, z.number().int()])) as Record<ClaimStatus, z.ZodNumber>,
  ),
  revisionCount: z.number().int(),
  assignments: z.array(
    z.strictObject({
      assigneeId: idSchema,
      assigneeName: z.string(),
      dueAt: orNull(isoTimeSchema),
      overdue: z.boolean(),
      scope: z.enum(["article", "claims"]),
      progress: assignmentProgressResponse,
    }),
  ),
});

const articleMetadataFields = {
  title: z.string(),
  outlet: orNull(z.string()),
  byline: orNull(z.string()),
  authorEmail: orNull(z.string()),
  publishedAt: orNull(isoTimeSchema),
  publishedLabel: orNull(z.string()),
  sourceUrl: orNull(z.string()),
  language: orNull(z.string()),
};

export const articleMetadataResponse = z.strictObject({
  id: idSchema,
  ...articleMetadataFields,
  version: z.number().int(),
});

export const articleCreatedResponse = z.strictObject({ id: idSchema, title: z.string(), revisionId: idSchema });

export const articleArchivedResponse = z.strictObject({
  id: idSchema,
  title: z.string(),
  archivedAt: orNull(isoTimeSchema),
  version: z.number().int(),
});

export const revisionListItemResponse = z.strictObject({
  id: idSchema,
  number: z.number().int(),
  contentHash: z.string(),
  origin: z.string(),
  message: orNull(z.string()),
  createdAt: isoTimeSchema,
  createdBy: orNull(z.strictObject({ name: z.string() })),
  current: z.boolean(),
});

export const reanchorReportResponse = z.strictObject({
  revision: orNull(z.strictObject({ id: idSchema, number: z.number().int() })),
  unchanged: z.number().int(),
  moved: z.array(z.strictObject({ claimId: idSchema, exact: z.string() })),
  changed: z.array(
    z.strictObject({ claimId: idSchema, before: z.string(), after: z.string(), confidence: z.number() }),
  ),
  orphaned: z.array(z.strictObject({ claimId: idSchema, exact: z.string() })),
  unpublished: z.array(z.strictObject({ claimId: idSchema, before: z.string(), after: orNull(z.string()) })),
});

export const articleDetailResponse = z.strictObject({
  id: idSchema,
  workspaceId: idSchema,
  ...articleMetadataFields,
  archivedAt: orNull(isoTimeSchema),
  version: z.number().int(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  revisionCount: z.number().int(),
  revision: orNull(
    z.strictObject({
      id: idSchema,
      number: z.number().int(),
      text: z.string(),
      blocks: z.array(
        z.strictObject({ type: z.string(), start: z.number().int(), end: z.number().int() }).describe("code points"),
      ),
      contentHash: z.string(),
      createdAt: isoTimeSchema,
    }),
  ),
  claims: z.array(claimSummaryResponse),
});
/** A claim's row as writes answer it (create, re-attach). */
