// The text of an HTML subtree as blocks: every block-level element starts a new block, headings
// become heading blocks, and nothing but text leaves: no markup, script, style or attribute.
import { collapseWhitespace } from "./html-metadata";
import type { ArticleBlock } from "./types";

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Never article text: code, embedded media, form controls, navigation and image captions.
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "canvas",
  "video",
  "audio",
  "picture",
  "img",
  "map",
  "button",
  "select",
  "input",
  "textarea",
  "option",
  "form",
  "nav",
  "figcaption",
  "head",
  "title",
  "meta",
  "link",
  "base",
]);
const BLOCK_LEVEL = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    /display\s*:\s*none/i.test(element.getAttribute("style") ?? "")
  );
}

/**
 * Walks without recursion (a hostile page may nest elements thousands deep); a block's text is
 * gathered from its text nodes, with <br> as a space, and HTML's whitespace collapsed.
 */
export function collectBlocks(root: Node): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let buffer: string[] = [];
  let heading = false;
  const flush = () => {
    const text = collapseWhitespace(buffer.join(""));
    // A block of only no-break spaces is layout, not text.
    if (text.trim()) blocks.push({ type: heading ? "heading" : "paragraph", text });
    buffer = [];
    heading = false;
  };
  // Entries are nodes to enter, or the marker "end" for a block whose children are done.
  const stack: (Node | "end")[] = [...Array.from(root.childNodes)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node === "end") {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer.push(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag) || isHidden(element)) continue;
    if (tag === "br") {
      buffer.push(" ");
      continue;
    }
    if (BLOCK_LEVEL.has(tag)) {
      flush();
      heading = /^h[1-6]$/.test(tag);
      stack.push("end");
    }
    for (let i = element.childNodes.length - 1; i >= 0; i--) stack.push(element.childNodes[i]!);
  }
  flush();
  return blocks;
}
