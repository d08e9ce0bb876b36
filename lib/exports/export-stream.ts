// Turns an export (any format) into a streamed HTTP response: parts are gathered into chunks of
// about 16 KB and encoded as they are written, so a whole workspace never becomes one string on
// the server, nor an article one large string (which V8 keeps until a full collection).
import type { Actor } from "../auth/actor";
import { openBackupExport } from "../backup/export-backup";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { formatClaimReview } from "./claim-review";
import { formatClaimsCsv, formatEvidenceCsv } from "./format-csv";
import { formatMarkdown } from "./format-markdown";
import { formatW3c } from "./format-w3c";
import { openExport } from "./load-export-articles";
import { EXPORT_FORMATS, type ExportFormat } from "./schemas";
import { W3C_MEDIA_TYPE } from "./w3c-annotation";

export { EXPORT_FORMATS, type ExportFormat };

const MEDIA_TYPES: Record<ExportFormat, [string, string]> = {
  markdown: ["text/markdown; charset=utf-8", "md"],
  csv: ["text/csv; charset=utf-8", "csv"],
  "csv-evidence": ["text/csv; charset=utf-8", "csv"],
  json: ["application/json; charset=utf-8", "json"],
  w3c: [W3C_MEDIA_TYPE, "jsonld"],
  claimreview: ["application/ld+json; charset=utf-8", "jsonld"],
};

/** Characters gathered before encoding a chunk: formats yield a claim or a row at a time. */
export const STREAM_CHUNK_CHARS = 16 * 1024;

function streamOf(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = parts[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      try {
        let chunk = "";
        for (;;) {
          const { done, value } = await iterator.next();
          if (!done) chunk += value;
          if (done || chunk.length >= STREAM_CHUNK_CHARS) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            if (done) controller.close();
            return;
          }
        }
      } catch (error) {
        console.error("[export] failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export async function exportResponse(
  db: Db,
  options: { actor: Actor; workspaceId: string; format: string; articleIds?: string[]; origin: string },
): Promise<Response> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new AppError(
      "validation_failed",
      `Unknown export format "${options.format}". Use one of: ${EXPORT_FORMATS.join(", ")}.`,
    );
  }
  const format = options.format as ExportFormat;
  const stamp = new Date().toISOString().slice(0, 10);
  let chunks: AsyncIterable<string>;
  let slug: string;
  let estimate: number;
  if (format === "json") {
    const backup = await openBackupExport(db, options);
    chunks = backup.chunks();
    slug = backup.workspace.slug;
    estimate = 0;
  } else {
    const exported = await openExport(db, options);
    const articles = exported.articles();
    slug = exported.context.workspace.slug;
    estimate = exported.claimCount * (format === "w3c" ? 3000 : 600) + exported.articleCount * 400;
    chunks =
      format === "markdown"
        ? formatMarkdown(exported.context, exported.articleCount, articles)
        : format === "csv"
          ? formatClaimsCsv(exported.context, articles)
          : format === "csv-evidence"
            ? formatEvidenceCsv(articles)
            : format === "w3c"
              ? formatW3c(exported.context, exported.claimCount, articles)
              : formatClaimReview(exported.context, articles);
  }
  const [type, extension] = MEDIA_TYPES[format];
  return new Response(streamOf(chunks), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="margin-${slug}-${format}-${stamp}.${extension}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...(estimate ? { "X-Margin-Estimated-Bytes": String(estimate) } : {}),
    },
  });
}
