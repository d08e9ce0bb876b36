// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, orNull } from "../http/response-schemas";

export const ratingResponse = z.strictObject({
  id: idSchema,
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
