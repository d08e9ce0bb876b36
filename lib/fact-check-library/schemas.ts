// Input of the library of known fact-checks (one schema per input shape, shared by the page and the API).
import { z } from "zod";

/** Largest JSON-LD document or page pasted or uploaded. */
export const MAX_LIBRARY_IMPORT_CHARS = 5_000_000;

export const importFactChecksSchema = z
  .strictObject({
    /** A JSON-LD document (ClaimReview, an array, @graph, a DataFeed) or a web page carrying it. */
    content: z.string().max(MAX_LIBRARY_IMPORT_CHARS, "Keep the document under 5 MB.").optional(),
    /** A feed or page address, fetched by the server under the URL-import policy. */
    url: z
      .url({ protocol: /^https?$/, error: "Give an http(s) address." })
      .max(2048)
      .optional(),
  })
  .refine((input) => Boolean(input.content?.trim()) !== Boolean(input.url), {
    error: "Give either a document or an address.",
  });

export const listFactChecksQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(50),
});
