import { z } from "zod";

const id = z.string().min(1).max(64);

/** ClaimReview's claimReviewed is a short text (Google's guide: a sentence). */
export const CLAIM_REVIEWED_MAX = 280;

export const RATIONALE_MAX = 20_000;

export const saveVerdictSchema = z.strictObject({
  ratingId: id,
  // Required and never pre-filled: a default would nudge the reviewer. Missing arrives as NaN.
  confidence: z.coerce
    .number({ error: "Choose your confidence, from 0 to 100%." })
    .int("Confidence is a whole number from 0 to 100.")
    .min(0, "Confidence is at least 0.")
    .max(100, "Confidence is at most 100."),
  rationale: z
    .string()
    .max(RATIONALE_MAX, `Keep the rationale under ${RATIONALE_MAX.toLocaleString("en")} characters.`)
    .default(""),
  sourceIds: z.array(id).max(50).default([]),
  /** false saves a draft only the reviewer sees; true submits it. */
  submit: z.boolean().default(true),
  /** The version the reviewer edited; omit only when they have no verdict on this claim yet. */
  version: z.number().int().positive().optional(),
});

export const setFinalVerdictSchema = z.strictObject({
  ratingId: id,
  summary: z
    .string()
    .trim()
    .min(1, "Write a public summary of the verdict.")
    .max(5000, "Keep the summary under 5,000 characters."),
  /** ClaimReview's short claimReviewed; empty or absent means the claim's quote. */
  claimReviewed: z
    .string()
    .trim()
    .max(CLAIM_REVIEWED_MAX, `Keep the claim under ${CLAIM_REVIEWED_MAX} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional(),
  version: z.number().int().positive().optional(),
});

export const publishFinalVerdictSchema = z.strictObject({
  published: z.boolean(),
  /** Publishing again: what was corrected, for the public corrections log (else Margin describes it). */
  correction: z.string().trim().max(500, "Keep the correction note under 500 characters.").optional(),
  version: z.number().int().positive(),
});
