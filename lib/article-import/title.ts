// A title when the file gives none: from the URL's slug (sentence case, with names written as the
// article writes them), else the article's first sentence, shortened on a word boundary.
import type { ArticleBlock } from "./types";

const MAX_TITLE = 90;
// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "mt",
  "ft",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "cmdr",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "hon",
  "jr",
  "sr",
  "inc",
  "co",
  "corp",
  "ltd",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "dept",
  "univ",
  "assn",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "a.m",
  "p.m",
]);

function slugWords(url: string): string[] | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = path.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment).replace(/\.[a-z0-9]{2,5}$/i, "");
    } catch {
      return segment; // a malformed %-escape: the segment as written
    }
  });
  const slug = segments
    .reverse()
    .find(
      (segment) =>
        /\p{L}.*[-_].*\p{L}/u.test(segment) && segment.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length >= 3,
    );
  return slug ? slug.split(/[-_]+/).filter((word) => word && !/^\d+$/.test(word)) : null;
}

/**
 * How the article writes each slug word away from a sentence start: "north-koreas" is written
 * "North Korea’s" in the text, so the title says so too. Apostrophes dropped from slugs return.
 */
function casingFromText(words: string[], text: string): Map<string, string> {
  const wanted = new Set(words.map((word) => word.toLowerCase()));
  const seen = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu)) {
    const key = match[0].replace(/[’']/g, "").toLowerCase();
    if (!wanted.has(key)) continue;
    if (/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    const forms = seen.get(key) ?? new Map<string, number>();
    forms.set(match[0], (forms.get(match[0]) ?? 0) + 1);
    seen.set(key, forms);
  }
  const result = new Map<string, string>();
  for (const [key, forms] of seen) result.set(key, [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  return result;
}

function shorten(sentence: string): string {
  if ([...sentence].length <= MAX_TITLE) return sentence;
  const cut = [...sentence].slice(0, MAX_TITLE - 1).join("");
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > MAX_TITLE / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** The first sentence: ends at . ! or ? before a capital, but not after "Mr." or "U.S." or an initial. */
function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const before = text.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (match[0].startsWith(".") && (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word)))
      continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

export function deriveTitle(blocks: ArticleBlock[], sourceUrl: string | null): string {
  const text = blocks.map((block) => block.text).join("\n");
  const words = sourceUrl ? slugWords(sourceUrl) : null;
  if (words && words.length >= 3) {
    const casing = casingFromText(words, text);
    const title = words
      .map((word, i) => casing.get(word.toLowerCase()) ?? (i === 0 ? word : word.toLowerCase()))
      .join(" ");
    return shorten(title.charAt(0).toUpperCase() + title.slice(1));
  }
  const first = blocks.find((block) => block.type === "paragraph")?.text ?? blocks[0]?.text ?? "";
  // A dateline ("SINGAPORE -- ", "SEOUL, Nov. 23 (Yonhap) -- ") places the story; it is not its subject.
  const withoutDateline = first.replace(/^[\p{Lu}][\p{Lu}\p{N}\s.,'’()-]{1,60}?\s+(?:--|—|–)\s+/u, "");
  return shorten(firstSentence(withoutDateline).trim()) || "Untitled article";
}

/**
 * A title Margin cut short (or an outlet's truncated headline) ends in an ellipsis: the reader
 * flags it so an editor puts in the real headline.
 */
export function looksTruncated(title: string): boolean {
  return /(?:…|\.\.\.)\s*$/u.test(title);
}
