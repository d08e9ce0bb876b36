// Which parser reads an input: the file's name and media type decide when they are known;
// otherwise the text is sniffed (pasted text has neither).
import type { ImportFormat } from "./types";

const HTML_NAME = /\.(?:html?|xhtml|shtml|php|aspx?)$/;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd|mdx)$/;
const TEXT_NAME = /\.(?:txt|text)$/;

function looksLikeHtml(head: string): boolean {
  const start = head.trimStart().toLowerCase();
  return (
    start.startsWith("<!doctype html") ||
    start.startsWith("<html") ||
    start.startsWith("<?xml") ||
    /<(?:head|body|article|main)[\s>]/i.test(head) ||
    (head.match(/<\/(?:p|div|h[1-6]|li)>/gi)?.length ?? 0) >= 2
  );
}

function looksLikeMarkdown(head: string): boolean {
  if (/^---[ \t]*\r?\n(?:[A-Za-z_][\w-]*\s*:.*\r?\n)+---/.test(head)) return true;
  // Signals a plain-text news file does not send: ATX headings, link syntax, emphasis, fences.
  const signals = [
    /^#{1,6}[ \t]+\S/m,
    /\[[^\]\n]+\]\([^)\s]+\)/,
    /(?:\*\*|__)\S[^*\n]*\S(?:\*\*|__)/,
    /^```/m,
    /^>[ \t]\S/m,
  ];
  return signals.filter((signal) => signal.test(head)).length >= (/^#{1,6}[ \t]+\S/m.test(head) ? 1 : 2);
}

export function detectFormat(fileName: string | null, mediaType: string | null, text: string): ImportFormat {
  const name = fileName?.toLowerCase().trim() ?? "";
  const type = mediaType?.toLowerCase().split(";")[0]!.trim() ?? "";
  if (HTML_NAME.test(name) || type === "text/html" || type === "application/xhtml+xml") return "html";
  if (MARKDOWN_NAME.test(name) || type === "text/markdown" || type === "text/x-markdown") return "markdown";
  if (TEXT_NAME.test(name) || type === "text/plain") return "txt";
  const head = text.slice(0, 4000);
  if (looksLikeHtml(head)) return "html";
  if (looksLikeMarkdown(head)) return "markdown";
  return "txt";
}
