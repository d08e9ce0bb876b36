// Input of claim memory's reads (one schema per input shape, shared by the API and the reader).
import { z } from "zod";

export const similarClaimsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(50, "limit is at most 50").default(10),
});

export type SimilarClaimsQuery = z.infer<typeof similarClaimsQuerySchema>;
