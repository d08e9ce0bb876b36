// Margin's article importer: files, pasted text and fetched pages to metadata + blocks.
// Pure TypeScript (no framework, no database); the data layer stores the result as a revision.
import { readImportInput } from "./decode";
import { detectFormat } from "./detect-format";
import { ImportError } from "./import-error";
import { parseHtmlArticle } from "./parse-html";
import { parseMarkdownArticle } from "./parse-markdown";
import { parseTextArticle } from "./parse-text";
import type { ParsedArticle } from "./types";

export { checkImportText, decodeImportBytes } from "./decode";
export { parseLooseDate } from "./dates";
export { detectFormat } from "./detect-format";
export { ImportError, type ImportErrorCode } from "./import-error";
export { MAX_IMPORT_BYTES } from "./limits";
export { outletForUrl } from "./outlets";
export { parseHtmlArticle } from "./parse-html";
export { parseMarkdownArticle } from "./parse-markdown";
export { parseTextArticle } from "./parse-text";
export { BLOCK_SEPARATOR, buildRevisionText } from "./revision-text";
export { deriveTitle } from "./title";
export * from "./types";

// Documents Margin cannot read as text, named so that the message can say what to do.
const UNSUPPORTED_NAME = /\.(pdf|docx?|odt|rtf|pages|epub|xlsx?|pptx?|png|jpe?g|gif|webp|heic|zip)$/i;
const UNSUPPORTED_TYPE =
  /^(?:application\/(?:pdf|msword|rtf|zip|epub\+zip|vnd\.(?:openxmlformats|oasis|ms-|apple))|text\/rtf|image\/)/i;

function refuseUnsupported(fileName: string | undefined, mediaType: string | undefined, head: string): void {
  const extension = fileName ? UNSUPPORTED_NAME.exec(fileName)?.[1] : undefined;
  const kind = extension
    ? `.${extension.toLowerCase()} file`
    : mediaType && UNSUPPORTED_TYPE.test(mediaType)
      ? `${mediaType.split(";")[0]} file`
      : head.startsWith("%PDF-")
        ? "PDF"
        : head.startsWith("{\\rtf")
          ? "RTF document"
          : null;
  if (kind)
    throw new ImportError(
      "unsupported",
      `Margin cannot read a ${kind}. Save or export the article as plain text (.txt), Markdown (.md) or a web page (.html), or paste its text.`,
    );
}

export function parseArticle(
  input: string | Uint8Array,
  hint: { fileName?: string; mediaType?: string; url?: string } = {},
): ParsedArticle {
  if (typeof input !== "string") {
    // Named formats are refused before decoding, so a PDF gets this message rather than "binary".
    const head = new TextDecoder("latin1").decode(input.subarray(0, 8));
    refuseUnsupported(hint.fileName, hint.mediaType, head);
  }
  const text = readImportInput(input);
  refuseUnsupported(hint.fileName, hint.mediaType, text.slice(0, 8));
  const format = detectFormat(hint.fileName ?? null, hint.mediaType ?? null, text);
  if (format === "html") return parseHtmlArticle(text, hint.url ? { url: hint.url } : {});
  if (format === "markdown") return parseMarkdownArticle(text);
  return parseTextArticle(text);
}
