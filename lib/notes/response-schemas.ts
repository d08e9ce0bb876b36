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
  /** Set on a thread (top-level note) someone marked resolved; null while it is open. */
  resolved: orNull(z.strictObject({ at: isoTimeSchema, by: orNull(personRefSchema) })),
  canResolve: z.boolean(),
  provenance: provenanceResponse,
});

export const noteResolutionResponse = z.strictObject({
  id: idSchema,
  claimId: idSchema,
  resolved: z.boolean(),
  resolvedAt: orNull(isoTimeSchema),
  resolvedById: orNull(idSchema),
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
