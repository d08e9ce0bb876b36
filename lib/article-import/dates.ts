// Reads the dates news files print ("Nov. 23, 2016 - 17:51", "November 23, 2016", "23 Nov 2016",
// "2016-11-23T17:51:00+09:00"). A time without a zone is taken as UTC; the printed text is kept
// beside it so nothing is lost.
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "Nov", "Nov.", "Sept", "November" (any prefix of at least three letters); not "Mayor". */
function monthOf(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(key));
  return index === -1 ? undefined : index + 1;
}

function iso(year: number, month: number, day: number, hour = 0, minute = 0): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59)
    return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString();
}

function timeOf(rest: string): [number, number] {
  const match = /(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)?/i.exec(rest);
  if (!match) return [0, 0];
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  return [hour, Number(match[2])];
}

export function parseLooseDate(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  // ISO 8601 and its common relatives: "2016-11-23", "2016-11-23 17:51", "2016-11-23T17:51:00+0900".
  const isoMatch =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (isoMatch) {
    const [, year, month, day, hour, minute, second, zone] = isoMatch;
    const local = iso(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0));
    if (!local || Number(second ?? 0) > 59) return null;
    const withSeconds = new Date(Date.parse(local) + Number(second ?? 0) * 1000);
    if (!zone || zone.toUpperCase() === "Z") return withSeconds.toISOString();
    const sign = zone.startsWith("-") ? -1 : 1;
    const offset = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
    return new Date(withSeconds.getTime() - sign * offset * 60_000).toISOString();
  }
  const written = writtenDate(text);
  return written ? written.iso : null;
}

// What may follow a written date on a line that holds only a date: a time, a zone abbreviation.
const TIME_ONLY =
  /^[\s,|@–—-]*(?:at\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:\(?(?:[A-Z]{2,5}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?)?\s*$/i;

// Zone abbreviations common in English-language news; an unknown or missing zone is read as UTC.
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  IST: 330,
  KST: 540,
  JST: 540,
  HKT: 480,
  SGT: 480,
  AEST: 600,
  AEDT: 660,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

function shiftByZone(isoText: string | null, rest: string): string | null {
  const zone = /\b(?:\d{1,2}:\d{2}[^A-Za-z]*(?:[ap]\.?m\.?)?)\s*\(?([A-Z]{1,4})\)?\s*$/.exec(rest)?.[1];
  const offset = zone === undefined ? undefined : ZONES[zone];
  if (!isoText || offset === undefined) return isoText;
  return new Date(Date.parse(isoText) - offset * 60_000).toISOString();
}

/** Dates written out ("Nov. 23, 2016 - 17:51"), with what follows them on the line. */
function writtenDate(text: string): { iso: string | null; rest: string } | null {
  // "Nov. 23, 2016 - 17:51", "November 23, 2016"
  let match = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/.exec(text);
  if (match) {
    const month = monthOf(match[1]!);
    if (month)
      return {
        iso: shiftByZone(iso(Number(match[3]), month, Number(match[2]), ...timeOf(match[4] ?? "")), match[4] ?? ""),
        rest: match[4] ?? "",
      };
  }
  // "23 Nov 2016", "23 November 2016 17:51"
  match = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(.*)$/.exec(text);
  if (match) {
    const month = monthOf(match[2]!);
    if (month)
      return {
        iso: shiftByZone(iso(Number(match[3]), month, Number(match[1]), ...timeOf(match[4] ?? "")), match[4] ?? ""),
        rest: match[4] ?? "",
      };
  }
  return null;
}

/** True when a whole line is a date (and perhaps a time), as at the top of a news file. */
export function isDateLine(input: string): boolean {
  const text = input.trim();
  if (text.length > 60) return false;
  const written = writtenDate(text);
  if (written) return written.iso !== null && TIME_ONLY.test(written.rest);
  return parseLooseDate(text) !== null;
}
