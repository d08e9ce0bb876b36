// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { idSchema, orNull } from "../http/response-schemas";

export const similarClaimResponse = z.strictObject({
  claimId: idSchema,
  articleId: idSchema,
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
