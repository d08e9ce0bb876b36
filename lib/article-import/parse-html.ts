// HTML articles (a saved page or a fetched URL): Mozilla's Readability finds the article body
// among navigation, ads and footers; metadata comes from JSON-LD, Open Graph and article:* tags.
// Only text leaves this module: no markup, script or attribute survives into Margin.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { readImportInput } from "./decode";
import { collectBlocks } from "./html-blocks";
import { collapseWhitespace, readHtmlMetadata } from "./html-metadata";
import { ImportError } from "./import-error";
import { parseLooseDate } from "./dates";
import { readByline, readDateLine, readPhotoCredit } from "./text-lines";
import type { ArticleBlock, ParsedArticle, SetAsideLine } from "./types";

// Readability gives up on pages larger than this many elements; the whole page is read instead.
const MAX_ELEMENTS = 30_000;
// Where a parsed element came from, carried through Readability's copy as an attribute.
const LINE_ATTRIBUTE = "data-margin-line";
const LOCATED = "p, h1, h2, h3, h4, h5, h6, li, blockquote, div, td, pre";
// Page furniture the fallback (no Readability) must not mistake for text.
const FURNITURE =
  "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

function readArticle(document: Document): {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  content?: Node | null;
} | null {
  try {
    // The serializer hands back the cleaned element itself: its text is read without re-parsing HTML.
    return new Readability(document.cloneNode(true) as Document, {
      charThreshold: 200,
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node: Node) => node,
    }).parse();
  } catch {
    return null; // too many elements, or a page Readability cannot walk: the fallback reads it
  }
}

/** The line in the file where an extracted block starts, for the import preview (0 when unknown). */
function lineOf(root: Node, text: string): number {
  if (root.nodeType !== 1) return 0;
  const located = [...(root as Element).querySelectorAll(`[${LINE_ATTRIBUTE}]`)];
  const collapsed = (element: Element) => collapseWhitespace(element.textContent ?? "");
  const element =
    located.find((el) => collapsed(el) === text) ?? located.findLast((el) => collapsed(el).includes(text));
  return Number(element?.getAttribute(LINE_ATTRIBUTE) ?? 0);
}

/** A byline, date line or photo credit Readability left in the body, near its start or end. */
function takeCredits(
  blocks: ArticleBlock[],
  root: Node,
  metadata: ParsedArticle["metadata"],
  setAside: SetAsideLine[],
): ArticleBlock[] {
  return blocks.filter((block, i) => {
    const nearEdge = block.type === "paragraph" && (i < 3 || i >= blocks.length - 2);
    const byline = nearEdge ? readByline(block.text) : null;
    const date = nearEdge && i < 3 ? readDateLine(block.text) : null;
    const reason = byline
      ? "byline"
      : date
        ? date.updated
          ? "update date"
          : "publication date"
        : readPhotoCredit(block.text)
          ? "photo credit"
          : null;
    if (!reason) return true;
    if (byline) {
      metadata.byline ??= byline.name;
      metadata.authorEmail ??= byline.email;
    }
    if (date && !date.updated && !metadata.publishedLabel) {
      metadata.publishedLabel = date.label;
      metadata.publishedAt = parseLooseDate(date.label);
    }
    setAside.push({ line: lineOf(root, block.text), text: block.text, reason });
    return false;
  });
}

export function parseHtmlArticle(input: string | Uint8Array, options: { url?: string } = {}): ParsedArticle {
  const html = readImportInput(input);
  // Scripts never run and nothing is fetched (jsdom's defaults); the virtual console swallows
  // the page's CSS and markup complaints.
  const dom = new JSDOM(html, {
    url: options.url && /^https?:\/\//i.test(options.url) ? options.url : undefined,
    virtualConsole: new VirtualConsole(),
    includeNodeLocations: true,
  });
  try {
    const document = dom.window.document;
    for (const element of document.querySelectorAll(LOCATED)) {
      const line = dom.nodeLocation(element)?.startLine;
      if (line) element.setAttribute(LINE_ATTRIBUTE, String(line));
    }
    const article = readArticle(document);
    const metadata = readHtmlMetadata(document, options, article ?? {});
    const warnings: string[] = [];
    let root: Node | null = article?.content ?? null;
    let blocks = root ? collectBlocks(root) : [];
    if (blocks.length === 0) {
      for (const element of document.querySelectorAll(FURNITURE)) element.remove();
      root = document.body ?? document.documentElement;
      blocks = collectBlocks(root);
      warnings.push(
        "Margin could not tell the article from the rest of the page, so it imported all of the page’s text; remove what is not the article.",
      );
    }
    // The page's own headline usually opens the body too; it is the title, not text.
    const setAside: SetAsideLine[] = [];
    const first = blocks[0];
    if (first && metadata.title && first.text === metadata.title) {
      setAside.push({ line: lineOf(root!, first.text), text: first.text, reason: "title" });
      blocks.shift();
    }
    blocks = takeCredits(blocks, root!, metadata, setAside);
    if (blocks.length === 0)
      throw new ImportError(
        "no_text",
        "No article text was found on this page: it holds no paragraphs outside navigation, scripts and forms.",
      );
    return { metadata, blocks, setAside: setAside.sort((a, b) => a.line - b.line), warnings, format: "html" };
  } finally {
    dom.window.close();
  }
}
