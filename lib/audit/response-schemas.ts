// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema } from "../http/response-schemas";

export const historyEntryResponse = z.strictObject({
  id: z.number().int(),
  action: z.string(),
  entityType: z.string(),
  entityId: idSchema,
  actor: orNull(personRefSchema),
  at: isoTimeSchema,
  before: z.unknown().describe("the entity before (null when created or redacted)"),
  after: z.unknown().describe("the entity after (null when redacted)"),
  redacted: z.boolean(),
  redactedReason: z.enum(["blind_review", "deleted"]).nullable(),
  deletion: orNull(z.strictObject({ state: z.enum(["in_trash", "deleted"]), by: orNull(personRefSchema) })),
});
