import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);
const optionalDate = z
  .union([z.iso.date(), z.literal("")])
  .optional()
  .transform((v) => v || undefined);

export const searchWorkspaceSchema = z.object({
  q: z.string().trim().min(1, "Type something to search for.").max(200, "Keep searches under 200 characters."),
  kind: z
    .enum(["article", "claim", "note", "source"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z
    .enum(CLAIM_STATUSES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ratingId: optionalId,
  reviewerId: optionalId,
  tag: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || undefined),
  from: optionalDate,
  to: optionalDate,
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
