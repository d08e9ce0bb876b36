// Input shapes of exports, shared by the export page and the REST API.
import { z } from "zod";

export const EXPORT_FORMATS = ["markdown", "csv", "csv-evidence", "json", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A longer list is refused rather than cut short: an export that silently misses articles is worse. */
export const MAX_EXPORT_ARTICLE_IDS = 1000;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `Choose an export format: ${EXPORT_FORMATS.join(", ")}.` }),
  articles: z
    .string()
    .optional()
    .describe("comma-separated article ids (every format, the JSON backup included); default: all")
    .transform((value) => {
      const ids = value?.split(",").filter(Boolean);
      return ids?.length ? ids : undefined;
    })
    .refine(
      (ids) => !ids || ids.length <= MAX_EXPORT_ARTICLE_IDS,
      `Export at most ${MAX_EXPORT_ARTICLE_IDS} articles at a time; omit \`articles\` to export the whole workspace.`,
    ),
});
