// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, orNull } from "../http/response-schemas";

export const searchResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      kind: z.enum(["article", "claim", "note", "source"]),
      entityId: idSchema,
      article: z.strictObject({ id: idSchema, title: z.string() }),
      claim: orNull(
        z.strictObject({
          id: idSchema,
          exact: z.string(),
          status: z.string(),
          finalRating: orNull(z.strictObject({ label: z.string(), color: z.string() })),
        }),
      ),
      snippet: z.string().describe("[[…]] marks the matched words"),
      rank: z.number(),
    }),
  ),
  total: z.number().int().describe("matches in all (page with limit and offset)"),
});
