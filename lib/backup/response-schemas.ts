// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";

export const restoreSummaryResponse = z.strictObject({
  articles: z.number().int(),
  claims: z.number().int(),
  auditEntries: z.number().int(),
  members: z.number().int(),
  placeholders: z.number().int(),
});

export const restoreClearedResponse = z.strictObject({ cleared: z.boolean() });
