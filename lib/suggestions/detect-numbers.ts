// Numeric evidence: money, percentages, dates, other quantities. They run in that order and each
// blanks out what it matched, so "$3,000" counts as money but not also as a bare quantity, and
// "2014" in "August 2014" counts as a date.
import type { ReasonKey } from "./reasons";

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?`;
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|dozens|hundreds|thousands|millions|billions)`;
const CURRENCY_WORD = String.raw`(?:dollars?|euros?|yuan|renminbi|won|yen|rupees?|pesos?|francs?|rubles?|roubles?|rand|reais|pence|cents?|pounds sterling|USD|EUR|GBP|JPY|CNY|KRW|CHF|INR)`;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
// "May" and "March" double as words, so a month alone counts only after a time preposition.
const MONTH_NOT_MAY = "(?:January|February|March|April|June|July|August|September|October|November|December)";
const MONTH_ABBREVIATION = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.`;
const DURATION = "(?:years?|months?|weeks?|days?|decades?|centuries|century)";

const MONEY = [
  new RegExp(String.raw`(?:\b[A-Z]{1,3})?[$€£¥₩₹]\s?${NUM}${SCALE}`, "g"),
  new RegExp(String.raw`\b(?:${NUM}|${NUMBER_WORD})${SCALE}\s${CURRENCY_WORD}\b`, "gi"),
  new RegExp(String.raw`\b(?:USD|EUR|GBP|JPY|CNY|KRW|CHF|INR)\s?${NUM}${SCALE}`, "g"),
  new RegExp(String.raw`\b\d+(?:\.\d+)?p\b`, "g"),
  /\b(?:tens|hundreds|thousands|millions|billions)\s+of\s+(?:(?:thousands|millions)\s+of\s+)?(?:dollars|euros|pounds|yuan|won|yen|rupees|pesos)\b/gi,
];

const PERCENTAGE = [
  new RegExp(String.raw`(?:\b${NUM}|\b${NUMBER_WORD})\s?(?:%|percent\b|per cent\b|percentage points?\b|pct\b)`, "gi"),
];

const DATE = [
  new RegExp(String.raw`\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s\d{4}\b)?`, "g"),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s${MONTH}\b(?:\s\d{4}\b)?`, "g"),
  new RegExp(String.raw`\b${MONTH},?\s\d{4}\b`, "g"),
  new RegExp(String.raw`\b${MONTH_ABBREVIATION}\s?\d{1,2}\b(?:,\s\d{4}\b)?`, "g"),
  new RegExp(
    String.raw`\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Oo]f|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter)[\s-]+${MONTH_NOT_MAY}\b`,
    "g",
  ),
  // A bare four-digit number in this range is read as a year: news style writes larger counts with a comma.
  /\b(?:1[6-9]\d\d|20\d\d)(?:s|[-–]\d{2,4})?\b/g,
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g,
  new RegExp(
    String.raw`\b(?:last|next|this|earlier this|later this|the previous|the following)\s(?:year|month|week|decade|century|quarter|spring|summer|autumn|fall|winter|season|weekend)\b`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:\d+|${NUMBER_WORD}|a|an|several|a few)\s${DURATION}\s(?:ago|earlier|later)\b`, "gi"),
  /\b(?:yesterday|tonight)\b/gi,
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
];

const QUANTITY = [new RegExp(String.raw`\b${NUM}${SCALE}`, "g"), new RegExp(String.raw`\b${NUMBER_WORD}\b`, "gi")];

const STAGES: Array<{ key: ReasonKey; patterns: RegExp[] }> = [
  { key: "money", patterns: MONEY },
  { key: "percentage", patterns: PERCENTAGE },
  { key: "date", patterns: DATE },
  { key: "quantity", patterns: QUANTITY },
];

/** Which numeric reasons apply to a span of text. */
export function detectNumericReasons(text: string): ReasonKey[] {
  let remaining = text;
  const found: ReasonKey[] = [];
  for (const { key, patterns } of STAGES) {
    let matched = false;
    for (const pattern of patterns) {
      remaining = remaining.replace(pattern, (match) => {
        matched = true;
        return " ".repeat(match.length);
      });
    }
    if (matched) found.push(key);
  }
  return found;
}
