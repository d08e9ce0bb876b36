// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema, provenanceResponse } from "../http/response-schemas";

export const noteViewResponse = z.strictObject({
  id: idSchema,
  body: z.string().describe("Markdown"),
  replyToId: orNull(idSchema),
  author: personRefSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  deleted: z.boolean(),
  edited: z.boolean(),
  version: z.number().int(),
  tags: z.array(z.string()),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  provenance: provenanceResponse,
});

export const noteRecordResponse = z.strictObject({
  id: idSchema,
  claimId: idSchema,
  authorId: idSchema,
  body: z.string(),
  replyToId: orNull(idSchema),
  deletedAt: orNull(isoTimeSchema),
  version: z.number().int(),
  tags: z.array(z.string()).optional(),
});
