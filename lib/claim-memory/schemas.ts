// Input of claim memory's reads (one schema per input shape, shared by the API and the reader).
import { z } from "zod";

export const similarClaimsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(50, "limit is at most 50").default(10),
});

export type SimilarClaimsQuery = z.infer<typeof similarClaimsQuerySchema>;

const claimId = z.string().min(1, "Name the claim.").max(64);

/** "Same claim as …": the other claim of the workspace. */
export const linkClaimFamilySchema = z.strictObject({ claimId });

/** Start this claim's final verdict from the final verdict of a claim of its family. */
export const startFinalVerdictFromFamilySchema = z.strictObject({ fromClaimId: claimId });
