// A revision's text is its blocks joined by a blank line; block positions are code points, as
// claims' positions are (W3C TextPositionSelector).
import type { ArticleBlock, BlockType } from "./types";

export const BLOCK_SEPARATOR = "\n\n";

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    count++;
  }
  return count;
}

export function buildRevisionText(blocks: ArticleBlock[]): {
  text: string;
  blocks: { type: BlockType; start: number; end: number }[];
} {
  const ranges: { type: BlockType; start: number; end: number }[] = [];
  let position = 0;
  for (const [index, block] of blocks.entries()) {
    if (index > 0) position += BLOCK_SEPARATOR.length;
    const length = codePoints(block.text);
    ranges.push({ type: block.type, start: position, end: position + length });
    position += length;
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks: ranges };
}
