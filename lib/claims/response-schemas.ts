// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema, provenanceResponse } from "../http/response-schemas";
import { noteViewResponse } from "../notes/response-schemas";
import { sourceViewResponse } from "../sources/response-schemas";
import { claimVerdictsResponse } from "../verdicts/response-schemas";
import { CLAIM_STATUSES } from "./claim-status";

export const anchorStateResponse = z.enum(["anchored", "moved", "changed", "orphaned"]);

export const claimSummaryResponse = z.strictObject({
  id: idSchema,
  revisionId: idSchema,
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  status: z.enum(CLAIM_STATUSES),
  anchorState: anchorStateResponse,
  anchorConfidence: z.number(),
  needsReviewReason: orNull(z.string()),
  version: z.number().int(),
  createdAt: isoTimeSchema,
  createdBy: personRefSchema,
  tags: z.array(z.string()),
  noteCount: z.number().int(),
  sources: z.strictObject({ supports: z.number().int(), refutes: z.number().int(), context: z.number().int() }),
  finalRating: orNull(z.strictObject({ label: z.string(), color: z.string(), published: z.boolean() })),
  contributorIds: z.array(idSchema),
  assigneeIds: z.array(idSchema),
});

export const claimRecordResponse = z.strictObject({
  id: idSchema,
  revisionId: idSchema,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  anchorState: anchorStateResponse,
  anchorConfidence: z.number(),
  status: z.enum(CLAIM_STATUSES),
  version: z.number().int(),
  tags: z.array(z.string()).optional(),
});

export const claimCreatedResponse = z.strictObject({
  claim: claimRecordResponse,
  anchoring: z.strictObject({
    state: anchorStateResponse,
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
  id: idSchema,
  needsReviewReason: orNull(z.string()),
  version: z.number().int(),
});

const claimantResponse = orNull(z.strictObject({ name: z.string(), type: z.enum(["person", "organisation"]) }));
const claimDateResponse = orNull(z.iso.date().describe("YYYY-MM-DD"));

/** Who made the claim and where and when it appeared (PUT …/appearance answers the claim's new version with them). */
export const claimAppearanceResponse = z.strictObject({
  id: idSchema,
  version: z.number().int(),
  claimant: claimantResponse,
  claimDate: claimDateResponse,
  appearanceUrl: orNull(z.string()).describe("null: the article's own address"),
});

export const claimDetailResponse = z.strictObject({
  claim: z.strictObject({
    id: idSchema,
    articleId: idSchema,
    revisionId: idSchema,
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    status: z.enum(CLAIM_STATUSES),
    anchorState: anchorStateResponse,
    anchorConfidence: z.number(),
    needsReviewReason: orNull(z.string()),
    version: z.number().int(),
    createdAt: isoTimeSchema,
    createdBy: personRefSchema,
    tags: z.array(z.string()),
    canDelete: z.boolean(),
    provenance: provenanceResponse,
    claimant: claimantResponse,
    claimDate: claimDateResponse,
    appearanceUrl: orNull(z.string()).describe("null: the article's own address"),
  }),
  notes: z.array(noteViewResponse),
  sources: z.array(sourceViewResponse),
  permissions: z.strictObject({
    canNote: z.boolean(),
    canAddSource: z.boolean(),
    canTag: z.boolean(),
    canMarkReviewed: z.boolean(),
    canEditAppearance: z.boolean(),
  }),
  verdicts: claimVerdictsResponse,
});
