import { z } from "zod";

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #15803d.");

export const ratingFieldsSchema = z.object({
  label: z.string().trim().min(1, "Name the rating.").max(60, "Keep the name under 60 characters."),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").default(""),
  color,
  ordinal: z.boolean(),
  claimReviewName: z.string().trim().min(1, "Give the text the rating exports as in ClaimReview.").max(60),
  claimReviewValue: z.union([z.number().int().min(1).max(100), z.null()]).default(null),
});

export const addRatingSchema = ratingFieldsSchema;

export const updateRatingSchema = ratingFieldsSchema.extend({
  version: z.number().int().positive(),
  /**
   * When the rating is in use and its name changes: "follow" renames it everywhere (existing
   * verdicts show the new name); "keep" keeps existing verdicts under the old name (the old rating
   * is archived) and creates the renamed rating for new verdicts.
   */
  existingVerdicts: z.enum(["follow", "keep"]).optional(),
});

export const removeRatingSchema = z.object({
  version: z.number().int().positive(),
  /** What verdicts using it become: moved to another rating, or kept (the rating is archived). */
  existingVerdicts: z
    .discriminatedUnion("action", [
      z.object({ action: z.literal("reassign"), toRatingId: z.string().min(1) }),
      z.object({ action: z.literal("keep") }),
    ])
    .optional(),
});

export const reorderRatingsSchema = z.object({ ratingIds: z.array(z.string().min(1)).min(1).max(50) });
