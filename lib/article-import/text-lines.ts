// Recognisers for the lines of a plain-text news file that are not article text: header fields,
// bylines, authors' titles, photo credits, separators and page furniture. Each looks at one
// trimmed line; parse-text decides where in the file such a line may be.
import { isDateLine } from "./dates";

export const URL_LINE = /^https?:\/\/\S+$/i;
/** Bare numbers above the text: ids and counters from a news feed. */
export const FEED_NUMBER = /^\d{1,6}$/;
export const DATE_FIELD = /^(published|posted|date|dated|updated|last updated|modified)\s*:\s*(.+)$/i;
export const FIELD =
  /^(title|headline|source|outlet|publication|author|authors|byline|writer|url|link|language|lang|section|category|tags|keywords)\s*:\s*(.+)$/i;
/** Ends a sentence or clause: a line ending so is not a heading, and lines ending so are not wrapped. */
export const TERMINAL = /[.!?:;,"”’)\]…»]$/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CREDIT =
  /^[([]?\s*(?:photo|image|picture|graphic|video|illustration)s?(?:\s+credits?|\s+courtesy(?:\s+of)?)?\s*(?:[:：]|by\b)\s*(.+?)\s*[)\]]?$/i;
const SEPARATOR = /^(?:[*#=~_-]\s*){3,}$/;
const FURNITURE =
  /^(?:advertisement|skip advertisement|story continues below(?: this)? advertisement|continue reading(?: the main story)?)$/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
const REPORTING_CREDITS = /^\(?(?:reporting|writing|editing|additional reporting)\b.*\bby\b.*$/i;
// Lower-case words a person's name may hold ("Ana de la Cruz", "Ludwig van Beethoven").
const NAME_PARTICLES = new Set([
  "and",
  "de",
  "da",
  "del",
  "della",
  "der",
  "den",
  "di",
  "du",
  "la",
  "le",
  "van",
  "von",
  "bin",
  "binti",
  "al",
  "el",
  "y",
  "e",
]);
const ROLE =
  /^(.*?)\s*\b(correspondent|reporter|staff writer|writer|editor|contributor|columnist|bureau chief|news editor)s?$/i;
const ROLE_QUALIFIERS =
  /^(?:senior|chief|staff|special|foreign|political|business|diplomatic|contributing|freelance|national|local|deputy|managing|associate|assistant|news|desk|the)$/i;
// Agencies whose photos appear in many outlets' articles: their credit does not name the outlet.
const AGENCIES =
  /^(?:ap|ap photo|the associated press|associated press|reuters|afp|afp\/getty images|getty images|epa|epa-efe|yonhap|xinhua|kyodo|newsis|news1|bloomberg|shutterstock|pool|handout|courtesy)$/i;

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A one-line subheading: short, no closing punctuation, starting with a capital or a number. */
export function looksLikeHeading(text: string): boolean {
  return countWords(text) <= 10 && text.length <= 80 && !TERMINAL.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

/** "By Shin Hyon-hee (heeshin@heraldcorp.com)", "By Ana Ruiz and Li Wei", "By: Sam Lee, Reuters". */
export function readByline(text: string): { name: string; email: string | null } | null {
  const match = /^by[:\s]\s*(.+)$/i.exec(text);
  if (!match) return null;
  let rest = match[1]!;
  const email = EMAIL.exec(rest)?.[0] ?? null;
  if (email) rest = rest.replace(email, "").replace(/[([<]\s*[)\]>]/g, "");
  const name = rest.replace(/[\s,;|–—-]+$/u, "").trim();
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || name.length > 80) return null;
  if (!words.every((word) => /^[\p{Lu}]/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()))) return null;
  // A sentence that happens to start with "By" ends like one; a name ends with a letter or an initial.
  if (/[.!?:;"”)]$/u.test(name) && !/(?:^|\s)\p{Lu}\.$/u.test(name)) return null;
  return { name, email };
}

/** A line that may follow a byline: the author's title, or a bare e-mail address. */
export function readAuthorLine(text: string): { role?: string; email?: string } | null {
  if (EMAIL.test(text) && EMAIL.exec(text)![0] === text.replace(/^e-?mail\s*:\s*/i, ""))
    return { email: EMAIL.exec(text)![0] };
  if (countWords(text) > 8 || TERMINAL.test(text) || /^by\b/i.test(text)) return null;
  return /^[\p{Lu}]/u.test(text) ? { role: text } : null;
}

/** The outlet an author's title names: "Korea Herald Correspondent" is "Korea Herald". */
export function outletOfRole(role: string): string | null {
  const match = ROLE.exec(role);
  if (!match) return null;
  const words = match[1]!.split(/\s+/).filter(Boolean);
  while (words.length && ROLE_QUALIFIERS.test(words.at(-1)!)) words.pop();
  return words.length && !ROLE_QUALIFIERS.test(words[0]!) ? words.join(" ") : null;
}

/** A photo credit, with the outlet it names when it names one ("Shin Hyon-hee/The Korea Herald"). */
export function readPhotoCredit(text: string): { outlet: string | null } | null {
  const match = CREDIT.exec(text);
  if (!match) return null;
  const parts = match[1]!.split("/").map((part) => part.trim());
  const owner = parts.length > 1 ? parts.at(-1)! : null;
  return { outlet: owner && !AGENCIES.test(owner) && !AGENCIES.test(parts.slice(-2).join("/")) ? owner : null };
}

/** Lines inside the text that are page furniture rather than article text, with the reason. */
export function readFurniture(text: string): string | null {
  if (SEPARATOR.test(text)) return "separator";
  if (FURNITURE.test(text)) return "advertisement label";
  return null;
}

/** Lines at the end that credit or claim the text rather than being part of it. */
export function readClosingLine(text: string): string | null {
  if (COPYRIGHT.test(text) && countWords(text) <= 20) return "copyright notice";
  if (REPORTING_CREDITS.test(text) && countWords(text) <= 30) return "reporting credits";
  return readFurniture(text);
}

/** "Published 2 March 2023, 06:15", "Updated: Nov. 24, 2016": a date line in words, with the date. */
export function readDateLine(text: string): { label: string; updated: boolean } | null {
  const match = /^(published|posted|updated|last updated|modified|first published)(?:\s+on)?\s*:?\s*(.+)$/i.exec(text);
  if (match && isDateLine(match[2]!)) return { label: match[2]!.trim(), updated: /updated|modified/i.test(match[1]!) };
  return isBareDate(text) ? { label: text, updated: false } : null;
}

/** A whole line that is a date (and perhaps a time), as news files print one above the text. */
export function isBareDate(text: string): boolean {
  return /\d{4}/.test(text) && isDateLine(text);
}
