// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { isoTimeSchema, orNull } from "../http/response-schemas";

export const factCheckListResponse = z.strictObject({
  total: z.number().int(),
  items: z.array(
    z.strictObject({
      url: z.string().describe("the review's address: its identity in the library"),
      claimReviewed: z.string(),
      claimant: orNull(z.string()),
      publisher: orNull(z.string()),
      ratingText: orNull(z.string()),
      datePublished: orNull(isoTimeSchema),
    }),
  ),
});

export const factCheckImportResponse = z.strictObject({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
});
