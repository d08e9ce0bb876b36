// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import {
  idSchema,
  isoTimeSchema,
  orNull,
  personRefSchema,
  provenanceResponse,
  ratingRefResponse,
} from "../http/response-schemas";

const verdictView = z.strictObject({
  id: idSchema,
  reviewer: personRefSchema,
  rating: ratingRefResponse,
  confidence: z.number().int(),
  rationale: z.string(),
  sourceIds: z.array(idSchema),
  submittedAt: orNull(isoTimeSchema),
  updatedAt: isoTimeSchema,
  version: z.number().int(),
  provenance: provenanceResponse,
});

export const finalVerdictViewResponse = z.strictObject({
  id: idSchema,
  rating: ratingRefResponse,
  summary: z.string(),
  published: z.boolean(),
  publishedAt: orNull(isoTimeSchema),
  publishedExact: orNull(z.string()),
  claimReviewed: orNull(z.string()).describe("the short claim ClaimReview publishes; null: the quote"),
  firstPublishedAt: orNull(isoTimeSchema),
  publicUrl: orNull(z.string()).describe("the public fact-check page while published and the public site is on"),
  editor: personRefSchema,
  updatedAt: isoTimeSchema,
  version: z.number().int(),
  provenance: provenanceResponse,
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
  id: idSchema,
  claimId: idSchema,
  reviewerId: idSchema,
  ratingId: idSchema,
  confidence: z.number().int(),
  rationale: z.string(),
  submittedAt: orNull(isoTimeSchema),
  version: z.number().int(),
  rating: z.string().describe("the rating's label"),
  sourceIds: z.array(idSchema),
});

export const savedFinalVerdictResponse = z.strictObject({
  id: idSchema,
  claimId: idSchema,
  ratingId: idSchema,
  summary: z.string(),
  published: z.boolean(),
  publishedAt: orNull(isoTimeSchema),
  publishedExact: orNull(z.string()),
  claimReviewed: orNull(z.string()),
  firstPublishedAt: orNull(isoTimeSchema),
  editorId: idSchema,
  version: z.number().int(),
  rating: z.string().describe("the rating's label"),
});
