// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema, provenanceResponse } from "../http/response-schemas";

export const stanceResponse = z.enum(["supports", "refutes", "context"]);

const sourceFields = {
  url: z.string(),
  title: z.string(),
  publisher: orNull(z.string()),
  excerpt: orNull(z.string()),
  stance: stanceResponse,
  accessedAt: orNull(isoTimeSchema),
  archivedUrl: orNull(z.string()),
};

export const sourceViewResponse = z.strictObject({
  id: idSchema,
  ...sourceFields,
  addedBy: personRefSchema,
  createdAt: isoTimeSchema,
  version: z.number().int(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  provenance: provenanceResponse,
});

export const sourceRecordResponse = z.strictObject({
  id: idSchema,
  claimId: idSchema,
  ...sourceFields,
  addedById: idSchema,
  version: z.number().int(),
});
