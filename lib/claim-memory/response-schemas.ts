// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { idSchema, isoTimeSchema, orNull } from "../http/response-schemas";

const ratingLook = z.strictObject({ label: z.string(), color: z.string() });
const reasonsResponse = z.array(
  z.strictObject({
    kind: z.enum(["figures", "names", "terms", "other_figures", "other_names", "negation", "direction"]),
    label: z.string(),
    values: z.array(z.string()).optional(),
  }),
);

const similarClaimOfWorkspace = z.strictObject({
  external: z.literal(false),
  claimId: idSchema,
  articleId: idSchema,
  articleTitle: z.string(),
  exact: z.string(),
  score: z.number(),
  reasons: reasonsResponse,
  status: z.enum(CLAIM_STATUSES),
  finalVerdict: orNull(z.strictObject({ rating: ratingLook, summary: z.string(), published: z.boolean() })),
});

/** A fact-check of another publisher, from the workspace's library. */
const similarExternalFactCheck = z.strictObject({
  external: z.literal(true),
  exact: z.string().describe("the claim the other publisher reviewed"),
  url: z.string(),
  publisher: orNull(z.string()),
  claimant: orNull(z.string()),
  ratingText: orNull(z.string()),
  datePublished: orNull(isoTimeSchema),
  score: z.number(),
  reasons: reasonsResponse,
});

export const similarClaimResponse = z.discriminatedUnion("external", [
  similarClaimOfWorkspace,
  similarExternalFactCheck,
]);

export const claimFamilyResponse = z.strictObject({
  familyId: orNull(idSchema).describe("null while the claim belongs to no family"),
  canLink: z.boolean(),
  canStartFinalVerdict: z.boolean(),
  members: z.array(
    z.strictObject({
      claimId: idSchema,
      articleId: idSchema,
      articleTitle: z.string(),
      exact: z.string(),
      status: z.enum(CLAIM_STATUSES),
      finalVerdict: orNull(z.strictObject({ rating: ratingLook, summary: z.string(), published: z.boolean() })),
      verdicts: z
        .array(
          z.strictObject({ reviewer: z.string(), rating: ratingLook, confidence: z.number(), rationale: z.string() }),
        )
        .describe("reviewers' submitted verdicts this reader may see"),
      hiddenVerdicts: z.number().int().describe("submitted verdicts blind review hides from this reader"),
      sources: z.array(
        z.strictObject({
          id: idSchema,
          title: z.string(),
          url: z.string(),
          publisher: orNull(z.string()),
          stance: z.string(),
        }),
      ),
    }),
  ),
});
