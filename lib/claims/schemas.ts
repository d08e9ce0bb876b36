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
  .strictObject({
    revisionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    tags: z.array(tagNameSchema).max(20).optional(),
  })
  .refine((value) => value.end > value.start, { message: "Select some text first.", path: ["end"] });

/** A claim from W3C selectors (the API and imports): quote and/or position. */
export const createClaimFromSelectorsSchema = z.strictObject({
  revisionId: id.optional(),
  selector: z
    .array(
      z.discriminatedUnion("type", [
        z.strictObject({
          type: z.literal("TextQuoteSelector"),
          exact: z.string().min(1).max(20_000),
          prefix: z.string().max(2000).optional(),
          suffix: z.string().max(2000).optional(),
        }),
        z.strictObject({
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

export const MAX_TAGS_PER_CLAIM = 20;
const tagListSchema = z.array(tagNameSchema).max(MAX_TAGS_PER_CLAIM, "At most 20 tags per claim.");

/**
 * A claim's tags are a set. Two shapes of change, one schema (forms, actions, API):
 * - `{ add?, remove? }` applies to whatever the claim has when the change arrives, so people
 *   tagging one claim at once all keep their tags (no version: nothing to be stale against);
 * - `{ tags, version }` replaces the whole set and is refused when the claim changed since `version`.
 */
export const setClaimTagsSchema = z
  .strictObject({
    add: tagListSchema.optional(),
    remove: tagListSchema.optional(),
    tags: tagListSchema.optional(),
    version: z.number().int().positive().optional(),
  })
  .superRefine((input, ctx) => {
    const changes = input.add !== undefined || input.remove !== undefined;
    if (input.tags !== undefined) {
      if (changes)
        ctx.addIssue({ code: "custom", path: ["tags"], message: "Send either tags (the whole set) or add/remove." });
      if (input.version === undefined)
        ctx.addIssue({ code: "custom", path: ["version"], message: "Replacing all tags needs the version you read." });
      return;
    }
    if (input.version !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["version"],
        message: "add/remove apply to the current tags and take no version; send tags with a version to replace them.",
      });
    if (!input.add?.length && !input.remove?.length)
      ctx.addIssue({ code: "custom", path: ["add"], message: "Name a tag to add or remove." });
    const removing = new Set((input.remove ?? []).map((name) => name.toLowerCase()));
    const both = (input.add ?? []).find((name) => removing.has(name.toLowerCase()));
    if (both) ctx.addIssue({ code: "custom", path: ["add"], message: `"${both}" cannot be both added and removed.` });
  });
export type SetClaimTagsInput = z.infer<typeof setClaimTagsSchema>;

export const deleteClaimSchema = z.strictObject({ version: z.number().int().positive() });

/** Re-attaching a claim to a selection in the current revision. */
export const reattachClaimSchema = z
  .strictObject({
    revisionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    version: z.number().int().positive(),
  })
  .refine((value) => value.end > value.start, { message: "Select some text first.", path: ["end"] });

/** Clearing a claim's "needs re-review" flag; the version the editor looked at. */
export const markClaimReviewedSchema = z.strictObject({ version: z.number().int().positive() });

export const CLAIMANT_TYPES = ["person", "organisation"] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null)
    .nullable();

/**
 * Who made a claim and where and when it appeared (ClaimReview's itemReviewed). Every field may be
 * cleared with null or ""; appearanceUrl null means "the article's URL". `version` is the claim's.
 */
export const setClaimAppearanceSchema = z
  .strictObject({
    claimantName: optionalText(200, "Keep the claimant's name under 200 characters."),
    claimantType: z
      .enum(CLAIMANT_TYPES, { message: "The claimant is a person or an organisation." })
      .nullable()
      .default(null),
    claimDate: z
      .union([z.iso.date("Give the claim's date as YYYY-MM-DD."), z.literal("")])
      .transform((value) => value || null)
      .nullable(),
    appearanceUrl: z
      .union([
        z
          .string()
          .trim()
          .max(2000, "Keep the link under 2,000 characters.")
          .pipe(z.url({ protocol: /^https?$/, message: "Give the link where the claim appeared (http or https)." })),
        z.literal(""),
      ])
      .transform((value) => value || null)
      .nullable(),
    version: z.number().int().positive(),
  })
  .transform((input) => ({ ...input, claimantType: input.claimantName ? (input.claimantType ?? "person") : null }));
export type SetClaimAppearanceInput = z.infer<typeof setClaimAppearanceSchema>;

/** At most this many claims are asked for by id in one request. */
export const MAX_CLAIMS_BY_ID = 100;

/** `?ids=a,b`: only these claims of the article, as a reader catching up with live changes asks. */
export const articleClaimsQuerySchema = z.object({
  ids: z
    .string()
    .regex(
      new RegExp(`^[\\w-]{1,64}(,[\\w-]{1,64}){0,${MAX_CLAIMS_BY_ID - 1}}$`),
      `ids: at most ${MAX_CLAIMS_BY_ID} claim ids, separated by commas.`,
    )
    .optional()
    .describe("only these claims (comma-separated ids, at most 100); the others are left out"),
});
