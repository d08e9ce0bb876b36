// Markdown articles: front matter (title, author, date, url, outlet) or a leading "# Title";
// headings become subheadings; paragraphs, quotes and list items become paragraphs of plain text
// (formatting marks and raw HTML are dropped; link text is kept).
import type { Nodes, Parent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parseLooseDate } from "./dates";
import { readImportInput } from "./decode";
import { collapseWhitespace } from "./html-metadata";
import { ImportError } from "./import-error";
import { outletForUrl } from "./outlets";
import { emptyMetadata, type ArticleBlock, type ParsedArticle, type SetAsideLine } from "./types";

// YAML front matter as news exports write it: "key: value" lines, comments, lists, indented lines.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_LINE = /^(?:\s*(?:#.*)?|[A-Za-z_][\w-]*\s*:.*|\s+.*|-\s.*)$/;

function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if (node.type === "html" || node.type === "image" || node.type === "imageReference" || node.type === "definition")
    return "";
  return "children" in node ? (node as Parent).children.map((child) => plainText(child as Nodes)).join("") : "";
}

function unquote(value: string): string {
  return value
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
}

function readFrontMatter(text: string): {
  fields: Record<string, string>;
  body: string;
  lineCount: number;
  lines: string[];
} {
  const match = FRONT_MATTER.exec(text);
  const lines = match?.[1]!.split(/\r?\n/) ?? [];
  // A "---" that opens the text is a thematic break unless what follows reads as front matter.
  if (!match || !lines.every((line) => FRONT_MATTER_LINE.test(line)))
    return { fields: {}, body: text, lineCount: 0, lines: [] };
  const fields: Record<string, string> = {};
  for (const line of lines) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field && field[2]!.trim()) fields[field[1]!.toLowerCase()] ??= unquote(field[2]!);
  }
  return {
    fields,
    body: text.slice(match[0].length),
    lineCount: match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0),
    lines,
  };
}

export function parseMarkdownArticle(input: string | Uint8Array): ParsedArticle {
  const text = readImportInput(input);
  const { fields, body, lineCount, lines } = readFrontMatter(text);
  const metadata = emptyMetadata();
  const setAside: SetAsideLine[] = lines
    .map((line, i) => ({ line: i + 2, text: line, reason: "front matter" }))
    .filter((line) => line.text.trim());
  const warnings: string[] = [];
  metadata.title = fields.title ?? fields.headline ?? null;
  metadata.byline = (fields.author ?? fields.byline ?? fields.authors)?.replace(/^by\s+/i, "") ?? null;
  metadata.outlet = fields.outlet ?? fields.publication ?? fields.publisher ?? fields.site ?? null;
  const url = fields.url ?? fields.source_url ?? fields.canonical ?? fields.link ?? fields.source;
  metadata.sourceUrl = url && /^https?:\/\/\S+$/i.test(url) ? url : null;
  if (!metadata.outlet && fields.source && !metadata.sourceUrl) metadata.outlet = fields.source;
  metadata.language = fields.lang ?? fields.language ?? null;
  const date = fields.date ?? fields.published ?? fields.published_at ?? fields.pubdate ?? null;
  if (date) {
    metadata.publishedLabel = date;
    metadata.publishedAt = parseLooseDate(date);
    if (!metadata.publishedAt) warnings.push(`The date “${date}” could not be read; set it by hand.`);
  }

  const blocks: ArticleBlock[] = [];
  let droppedHtml = false;
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 0) + lineCount;
  // Iterative, so that deeply nested quotes or lists in a hostile file cannot exhaust the stack.
  const stack: Nodes[] = [fromMarkdown(body)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "heading") {
      const heading = collapseWhitespace(plainText(node));
      if (!heading) continue;
      if (node.depth === 1 && !metadata.title && blocks.length === 0) {
        metadata.title = heading;
        setAside.push({ line: lineOf(node), text: heading, reason: "title" });
      } else blocks.push({ type: "heading", text: heading });
    } else if (node.type === "paragraph" || node.type === "code") {
      const paragraph = collapseWhitespace(node.type === "code" ? node.value : plainText(node));
      if (paragraph) blocks.push({ type: "paragraph", text: paragraph });
    } else if (node.type === "html") {
      droppedHtml ||= /<(?!\/?(?:script|style|br|hr|!--)\b)[a-z]/i.test(node.value);
    } else if (node.type === "root" || node.type === "blockquote" || node.type === "list" || node.type === "listItem") {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  if (blocks.length === 0)
    throw new ImportError(
      "no_text",
      "No article text was found in this Markdown file: it holds only front matter, a title or markup.",
    );
  if (droppedHtml)
    warnings.push(
      "Blocks of raw HTML in the Markdown were left out; if they held article text, import the page as HTML instead.",
    );
  metadata.outlet ??= metadata.sourceUrl ? outletForUrl(metadata.sourceUrl) : null;
  return { metadata, blocks, setAside: setAside.sort((a, b) => a.line - b.line), warnings, format: "markdown" };
}
