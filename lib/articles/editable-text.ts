// The plain form an editor edits an article in: blocks separated by a blank line, a subheading
// written as "## Subheading". Paragraph text is kept exactly as typed (no Markdown parsing, which
// would eat characters like * and _ that articles contain).
import type { ArticleBlock } from "../article-import";

export function toEditableText(blocks: ArticleBlock[]): string {
  return blocks.map((block) => (block.type === "heading" ? `## ${block.text}` : block.text)).join("\n\n");
}

export function parseEditableText(text: string): ArticleBlock[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/\n/g, " ").trim())
    .filter(Boolean)
    .map((chunk) =>
      /^##\s+\S/.test(chunk)
        ? { type: "heading" as const, text: chunk.replace(/^##\s+/, "") }
        : { type: "paragraph" as const, text: chunk },
    );
}
