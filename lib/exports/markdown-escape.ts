// Escaping for the Markdown export and the print report (which renders it): everything Margin
// interpolates that its author did not write as Markdown for this document (titles, names, tags,
// labels, rationales, summaries, excerpts, URLs) comes out as text, and a note's own Markdown keeps
// its formatting but not raw HTML or links to anything but web addresses.
import { fromMarkdown } from "mdast-util-from-markdown";

/** Control characters, line and paragraph separators: they end a line or hide text. */
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g; // eslint-disable-line no-control-regex

/** One line of plain text: line breaks become spaces and Markdown's punctuation is escaped. */
export function plain(text: string): string {
  // Parentheses and `!` only mean something next to brackets, which are escaped.
  return text.replace(BREAKS, " ").replace(/([\\`*_{}[\]<>#|~&])/g, "\\$1");
}

/** Several lines of plain text: each line escaped, and what would start a block at a line's start too. */
export function plainLines(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .split("\n")
    .map((line) =>
      plain(line)
        // A list item ("- x", "+ x"), a setext underline or thematic break ("===", "---").
        .replace(/^(\s*)([-+](?=\s|$)|[-=](?=[-=\s]*$))/, "$1\\$2")
        // An ordered list item ("1. x", "2) x").
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2"),
    )
    .join("\n");
}

/** A web address for a link destination, or null when it is not one (no link is written then). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url || /[\u0000-\u0020\u007f-\u009f]/.test(url)) return null; // eslint-disable-line no-control-regex
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  // Inside <…> a destination may hold anything but line breaks and angle brackets.
  return parsed.href.replace(/[<>]/g, (c) => encodeURIComponent(c));
}

/** `[text](<url>)` for a web address; otherwise the text alone. */
export function link(text: string, url: string | null | undefined): string {
  const safe = safeHttpUrl(url);
  return safe ? `[${plain(text)}](<${safe}>)` : plain(text);
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join("");

/**
 * A note's Markdown with raw HTML written as text (`<b>` shows as "<b>") and links or images whose
 * address is not http(s) (`javascript:`, `data:`) replaced by their text.
 */
export function neutraliseNoteMarkdown(body: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: MdNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === "html") {
        edits.push({ start, end, text: body.slice(start, end).replace(/&/g, "&amp;").replace(/</g, "&lt;") });
        return;
      }
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && !safeHttpUrl(node.url)) {
        if (!(node.url ?? "").startsWith("#")) {
          edits.push({ start, end, text: node.type === "definition" ? "" : plain(textOf(node)) });
          return;
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(fromMarkdown(body) as MdNode);
  let result = body;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
