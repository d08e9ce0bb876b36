// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema } from "../http/response-schemas";

const trashEntityType = z.enum(["article", "claim", "note", "source"]);

export const trashItemResponse = z.strictObject({
  id: idSchema,
  entityType: trashEntityType,
  entityId: idSchema,
  label: z.string(),
  article: orNull(z.strictObject({ id: idSchema, title: z.string(), inTrash: z.boolean() })),
  claim: orNull(z.strictObject({ id: idSchema, quote: z.string(), inTrash: z.boolean() })),
  deletedBy: personRefSchema,
  deletedAt: isoTimeSchema,
  purgeAfter: isoTimeSchema,
  daysLeft: z.number().int(),
});

export const trashRestoredResponse = z.strictObject({
  entityType: trashEntityType,
  entityId: idSchema,
  articleId: orNull(idSchema),
  claimId: orNull(idSchema),
});
