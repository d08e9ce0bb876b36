// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema } from "../http/response-schemas";

const keyed = (fields: Record<string, z.ZodType>) => z.array(z.strictObject({ key: z.string(), ...fields }));

export const importReportResponse = z.strictObject({
  format: z.enum(["w3c", "hypothesis"]),
  anchored: z.number().int(),
  changed: keyed({ quote: z.string() }),
  orphaned: keyed({ quote: z.string() }),
  alreadyImported: z.number().int(),
  notes: z.number().int(),
  sources: z.number().int(),
  verdicts: z.number().int(),
  finalVerdicts: z.number().int(),
  assessmentsAsNotes: keyed({ rating: z.string(), reason: z.string() }),
  skipped: keyed({ reason: z.string() }),
  warnings: keyed({ message: z.string() }),
  claims: keyed({ claimId: idSchema }),
});
