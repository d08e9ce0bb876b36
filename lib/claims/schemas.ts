import { z } from "zod";

const id = z.string().min(1).max(64);

export const tagNameSchema = z
  .string()
  .trim()
  .min(1, "A tag needs a name.")
  .max(40, "Keep tags under 40 characters.")
  .refine((name) => ![...name].some((char) => char.charCodeAt(0) < 32), "Tags cannot contain control characters.");

/** A claim from a selection: code-point offsets into a revision of the article. */
export const createClaimSchema = z
  .object({
    revisionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    tags: z.array(tagNameSchema).max(20).optional(),
  })
  .refine((value) => value.end > value.start, { message: "Select some text first.", path: ["end"] });
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

/** A claim from W3C selectors (the API and imports): quote and/or position. */
export const createClaimFromSelectorsSchema = z.object({
  revisionId: id.optional(),
  selector: z
    .array(
      z.discriminatedUnion("type", [
        z.object({
          type: z.literal("TextQuoteSelector"),
          exact: z.string().min(1).max(20_000),
          prefix: z.string().max(2000).optional(),
          suffix: z.string().max(2000).optional(),
        }),
        z.object({
          type: z.literal("TextPositionSelector"),
          start: z.number().int().min(0),
          end: z.number().int().min(1),
        }),
      ]),
    )
    .min(1, "Give a TextQuoteSelector, a TextPositionSelector, or both."),
  tags: z.array(tagNameSchema).max(20).optional(),
});
export type CreateClaimFromSelectorsInput = z.infer<typeof createClaimFromSelectorsSchema>;

export const setClaimTagsSchema = z.object({
  tags: z.array(tagNameSchema).max(20, "At most 20 tags per claim."),
  version: z.number().int().positive(),
});

export const deleteClaimSchema = z.object({ version: z.number().int().positive() });

/** Re-attaching a claim to a selection in the current revision. */
export const reattachClaimSchema = z
  .object({
    revisionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    version: z.number().int().positive(),
  })
  .refine((value) => value.end > value.start, { message: "Select some text first.", path: ["end"] });

/** Clearing a claim's "needs re-review" flag; the version the editor looked at. */
export const markClaimReviewedSchema = z.object({ version: z.number().int().positive() });
