// Plain-text news files: metadata lines at the top (a source URL, bare feed numbers, "Published :",
// "Title:", "By ..."), one paragraph per line or paragraphs separated by blank lines (hard-wrapped
// lines are joined), one-line subheadings, photo credits, and a byline with e-mail at the end.
// Paragraph text is kept exactly as written, apart from whitespace at the ends of lines.
import { parseLooseDate } from "./dates";
import { readImportInput } from "./decode";
import { ImportError } from "./import-error";
import { outletForUrl } from "./outlets";
import {
  countWords,
  DATE_FIELD,
  FEED_NUMBER,
  FIELD,
  looksLikeHeading,
  outletOfRole,
  readAuthorLine,
  readByline,
  readClosingLine,
  readDateLine,
  readFurniture,
  readPhotoCredit,
  TERMINAL,
  URL_LINE,
} from "./text-lines";
import { emptyMetadata, type ArticleBlock, type ArticleMetadata, type ParsedArticle, type SetAsideLine } from "./types";

interface Line {
  number: number;
  text: string;
}

// Besides \r\n, \r and \n: vertical tab and form feed (word-processor and print exports) and the
// Unicode line and paragraph separators all end a line.
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
const WRAP_WIDTH = 120;
const LONG_PARAGRAPH = 20_000;

interface Reading {
  metadata: ArticleMetadata;
  setAside: SetAsideLine[];
  outlets: { field?: string; credit?: string; role?: string };
}

function setAside(reading: Reading, line: Line, reason: string): void {
  reading.setAside.push({ line: line.number, text: line.text, reason });
}

function nextText(lines: Line[], from: number): Line | undefined {
  return lines.slice(from, from + 50).find((line) => line.text);
}

/** A headline given as the first line: short, not a sentence, and followed by metadata or a blank line and text. */
function isHeadline(lines: Line[], index: number): boolean {
  const text = lines[index]!.text;
  if (countWords(text) < 2 || countWords(text) > 20 || text.length > 150 || /[.,;:]$/.test(text)) return false;
  const next = lines[index + 1];
  const following = nextText(lines, index + 1);
  if (!following) return false;
  if (readByline(following.text) || readDateLine(following.text) || DATE_FIELD.test(following.text)) return true;
  return next?.text === "" && following.text.length > text.length * 2;
}

function readField(reading: Reading, line: Line, key: string, value: string): void {
  const { metadata } = reading;
  const name = key.toLowerCase();
  if (URL_LINE.test(value) && ["url", "link", "source"].includes(name)) metadata.sourceUrl ??= value;
  else if (name === "title" || name === "headline") metadata.title ??= value;
  else if (name === "source" || name === "outlet" || name === "publication") reading.outlets.field ??= value;
  else if (["author", "authors", "byline", "writer"].includes(name))
    metadata.byline ??= readByline(value)?.name ?? value.replace(/^by\s+/i, "");
  else if (name === "language" || name === "lang") metadata.language ??= value;
  setAside(reading, line, name === "headline" ? "title" : name);
}

function readDate(reading: Reading, line: Line, label: string, updated: boolean): void {
  if (!updated && !reading.metadata.publishedLabel) {
    reading.metadata.publishedLabel = label;
    reading.metadata.publishedAt = parseLooseDate(label);
  }
  setAside(reading, line, updated ? "update date" : "publication date");
}

/** Metadata above the text; returns the index of the first line of article text. */
function readHead(reading: Reading, lines: Line[]): number {
  const { metadata } = reading;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.text) continue;
    const field = FIELD.exec(line.text);
    const date = DATE_FIELD.exec(line.text);
    const byline = readByline(line.text);
    const dateLine = readDateLine(line.text);
    if (URL_LINE.test(line.text)) {
      metadata.sourceUrl ??= line.text;
      setAside(reading, line, "source URL");
    } else if (FEED_NUMBER.test(line.text)) setAside(reading, line, "feed metadata (a bare number)");
    else if (date) readDate(reading, line, date[2]!.trim(), /updated|modified/i.test(date[1]!));
    else if (dateLine) readDate(reading, line, dateLine.label, dateLine.updated);
    else if (field) readField(reading, line, field[1]!, field[2]!.trim());
    else if (byline && !metadata.byline) {
      metadata.byline = byline.name;
      metadata.authorEmail ??= byline.email;
      setAside(reading, line, "byline");
    } else if (
      !metadata.title &&
      reading.setAside.every((aside) => aside.reason !== "byline") &&
      isHeadline(lines, index)
    ) {
      metadata.title = line.text;
      setAside(reading, line, "title");
    } else break;
  }
  return index;
}

/** A byline (with the author's title or e-mail after it) and copyright lines at the end; returns where the text ends. */
function readTail(reading: Reading, lines: Line[], start: number): number {
  let end = lines.length;
  const skipBlank = () => {
    while (end > start && !lines[end - 1]!.text) end--;
  };
  skipBlank();
  while (end > start && readClosingLine(lines[end - 1]!.text)) {
    setAside(reading, lines[end - 1]!, readClosingLine(lines[end - 1]!.text)!);
    end--;
    skipBlank();
  }
  const after: Line[] = [];
  for (let i = end - 1; i >= start; i--) {
    const line = lines[i]!;
    if (!line.text) continue;
    const byline = readByline(line.text);
    if (byline) {
      reading.metadata.byline ??= byline.name;
      reading.metadata.authorEmail ??= byline.email;
      setAside(reading, line, "byline");
      for (const other of after) {
        const author = readAuthorLine(other.text)!;
        if (author.email) reading.metadata.authorEmail ??= author.email;
        if (author.role) reading.outlets.role ??= outletOfRole(author.role) ?? undefined;
        setAside(reading, other, author.email ? "author's e-mail" : "author's title");
      }
      return i;
    }
    if (after.length === 2 || !readAuthorLine(line.text)) break;
    after.unshift(line);
  }
  return end;
}

/** Lines of one group are a hard-wrapped paragraph when they are of a wrapping width and run on. */
function isWrapped(group: Line[]): boolean {
  if (group.length < 2) return false;
  const longest = Math.max(...group.map((line) => line.text.length));
  if (longest > WRAP_WIDTH) return false;
  const inner = group.slice(0, -1);
  return (
    inner.every((line) => line.text.length >= longest * 0.5) &&
    inner.some((line, i) => !TERMINAL.test(line.text) || /^\p{Ll}/u.test(group[i + 1]!.text))
  );
}

function joinWrapped(group: Line[]): string {
  let text = group[0]!.text;
  // "well-" + "known" was one word split by the wrap; any other line break was a space.
  for (const line of group.slice(1))
    text = /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text) ? text + line.text : `${text} ${line.text}`;
  return text;
}

function paragraphsOf(group: Line[]): { texts: string[]; joined: boolean } {
  if (isWrapped(group)) return { texts: [joinWrapped(group)], joined: true };
  if (group.length > 2 && looksLikeHeading(group[0]!.text) && isWrapped(group.slice(1)))
    return { texts: [group[0]!.text, joinWrapped(group.slice(1))], joined: true };
  return { texts: group.map((line) => line.text), joined: false };
}

export function parseTextArticle(input: string | Uint8Array): ParsedArticle {
  const raw = readImportInput(input);
  const reading: Reading = { metadata: emptyMetadata(), setAside: [], outlets: {} };
  const { metadata } = reading;
  const warnings: string[] = [];
  const lines: Line[] = raw.split(LINE_BREAK).map((text, i) => ({ number: i + 1, text: text.trim() }));

  const start = readHead(reading, lines);
  const end = readTail(reading, lines, start);

  // Paragraph groups, separated by blank lines; credits and page furniture are taken out wherever they are.
  const groups: Line[][] = [[]];
  for (const line of lines.slice(start, end)) {
    const credit = readPhotoCredit(line.text);
    const furniture = readFurniture(line.text);
    if (credit) {
      if (credit.outlet) reading.outlets.credit ??= credit.outlet;
      setAside(reading, line, "photo credit");
    } else if (furniture) setAside(reading, line, furniture);
    else if (line.text) groups.at(-1)!.push(line);
    else if (groups.at(-1)!.length) groups.push([]);
  }
  const paragraphs: string[] = [];
  let joined = false;
  for (const group of groups) {
    const result = paragraphsOf(group);
    paragraphs.push(...result.texts);
    joined ||= result.joined;
  }
  if (paragraphs.length === 0)
    throw new ImportError(
      "no_text",
      "No article text was found: the file holds only metadata lines (a URL, dates, numbers, a byline) or blank lines.",
    );

  // A subheading stands between paragraphs: never first or last, never next to another short line.
  const blocks: ArticleBlock[] = paragraphs.map((text, i) => ({
    type:
      i > 0 &&
      i < paragraphs.length - 1 &&
      looksLikeHeading(text) &&
      !looksLikeHeading(paragraphs[i - 1]!) &&
      !looksLikeHeading(paragraphs[i + 1]!)
        ? "heading"
        : "paragraph",
    text,
  }));

  // The outlet as the file names it: a field, a photo credit ("Name/The Outlet"), the author's
  // title ("Outlet Correspondent"), and last the web address.
  metadata.outlet =
    reading.outlets.field ??
    reading.outlets.credit ??
    reading.outlets.role ??
    (metadata.sourceUrl ? outletForUrl(metadata.sourceUrl) : null);
  if (metadata.publishedLabel && !metadata.publishedAt)
    warnings.push(`The date “${metadata.publishedLabel}” could not be read; set it by hand.`);
  if (joined) warnings.push("Lines broken at a fixed width were joined into paragraphs; check the paragraph breaks.");
  if (blocks.some((block) => block.text.length > LONG_PARAGRAPH))
    warnings.push(
      "Some paragraphs are very long; check that the file has one paragraph per line or blank lines between paragraphs.",
    );
  return { metadata, blocks, setAside: reading.setAside.sort((a, b) => a.line - b.line), warnings, format: "txt" };
}
