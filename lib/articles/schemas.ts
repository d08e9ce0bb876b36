// Input shapes of article use cases, shared by the import form, server actions and the REST API.
import { z } from "zod";
import { pageQuerySchema } from "../http/responses";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** Spaces, line breaks and other control characters, which URL parsing would silently drop or keep. */
export function hasUrlUnsafeCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * Every web address Margin stores (article sources, sources, archived copies, "fetched from"):
 * http(s) only, and no spaces or control characters: the URL parser drops tabs and newlines, so
 * `https://a.example/\n**FINAL VERDICT: TRUE**` would otherwise pass and carry text into exports.
 */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2048, "That URL is too long.")
  .refine(
    (value) => !hasUrlUnsafeCharacters(value),
    "A web address cannot contain spaces, line breaks or control characters.",
  )
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with http:// or https://.");

export const articleMetadataSchema = z.strictObject({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  outlet: optionalText(200),
  byline: optionalText(300),
  authorEmail: optionalText(254),
  publishedAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date(), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value) : null)),
  publishedLabel: optionalText(100),
  sourceUrl: z
    .union([httpUrlSchema, z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  language: optionalText(20),
});

/** 2 MiB of text, the importer's limit, plus headroom for JSON escaping in API bodies. */
export const MAX_ARTICLE_CONTENT_CHARS = 2 * 1024 * 1024;

export const importArticleSchema = z.strictObject({
  content: z
    .string()
    .min(1, "The file or text is empty.")
    .max(MAX_ARTICLE_CONTENT_CHARS, "The article is larger than 2 MB. Split it or remove what is not article text."),
  fileName: z.string().max(255).nullable().optional(),
  mediaType: z.string().max(100).nullable().optional(),
  /**
   * What the person confirmed or fixed in the preview; missing fields keep what the importer
   * found. Validated with articleMetadataSchema once merged with the importer's findings.
   */
  metadata: z.record(z.string(), z.unknown()).optional(),
  /**
   * The address a URL preview fetched this HTML from: the revision's origin becomes "url". Needs
   * the preview's `fetchReceipt` (lib/articles/fetch-receipt.ts): the origin is the server's word.
   */
  fetchedFrom: httpUrlSchema.nullable().optional(),
  fetchReceipt: z.string().max(200).nullable().optional(),
});

/** A web page to fetch on the server; the fetcher explains what is wrong with an address it refuses. */
export const importArticleUrlSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .min(1, "Enter the article's web address.")
    .max(2048, "That URL is too long.")
    .refine(
      (value) => !hasUrlUnsafeCharacters(value),
      "A web address cannot contain spaces, line breaks or control characters.",
    ),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

/** A new revision from the editor: the whole text in editable form (editable-text.ts). */
export const reviseArticleSchema = z.strictObject({
  text: z
    .string()
    .min(1, "An article needs some text.")
    .max(MAX_ARTICLE_CONTENT_CHARS, "The article is larger than 2 MB."),
  /** The revision the editor started from: a newer one means someone else edited meanwhile. */
  baseRevisionId: z.string().min(1),
  message: z
    .string()
    .trim()
    .max(500, "Keep the message under 500 characters.")
    .optional()
    .transform((v) => v || undefined),
});

export const updateArticleMetadataSchema = articleMetadataSchema.extend({ version: z.number().int().positive() });

export const deleteArticleSchema = z.strictObject({ version: z.number().int().positive() });

/** Archiving hides an article from the workspace's list (still readable and exported); false brings it back. */
export const archiveArticleSchema = z.strictObject({ archived: z.boolean(), version: z.number().int().positive() });

/** The article list's query: a page, of the current articles or of the archived ones. */
export const listArticlesQuerySchema = pageQuerySchema.extend({
  archived: z.enum(["true", "false"]).optional().describe("true: the archived articles only"),
});
