// Figures in a claim, as values: "30,000" = "30 000" = "thirty thousand" = "30k"; "3.5 million" =
// 3,500,000; "12%" = "12 percent"; years (1800–2100 written without separators) and year ranges
// ("2019-21" is 2019 and 2021). Also returns the text with the figures blanked out, so their
// digits and number words do not count again as terms.

export type FigureKind = "number" | "percent" | "year" | "ordinal";

export interface Figure {
  kind: FigureKind;
  value: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  half: 0.5,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};

// "three decades" is 30 years, as a claim reworded says it.
const DECADES = String.raw`(?:\s(?:decades?)\b)`;
const PERCENT = String.raw`(?:\s?(?:%|percent\b|per cent\b|percentage points?\b|pct\b))`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn|k|m)\b)`;
const YEAR_RANGE = /\b(1[89]\d\d|20\d\d)\s?[-–—/]\s?(\d{4}|\d{2})\b/g;
const DIGITS = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?(${SCALE})?(${PERCENT}|${DECADES})?`,
  "gi",
);
const NUMBER_WORD = `(?:${Object.keys(UNITS).join("|")}|hundred|thousand|million|billion|trillion)`;
const WORDS = new RegExp(
  String.raw`\b(?:an?[\s-]+)?${NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?(?:an?[\s-]+)?${NUMBER_WORD})*\b(${PERCENT}|${DECADES})?`,
  "gi",
);

const ORDINAL = new RegExp(String.raw`\b(?:${Object.keys(ORDINALS).join("|")}|\d+(?:st|nd|rd|th))\b`, "gi");

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + " ".repeat(length) + text.slice(start + length);
}

/** "thirty thousand" → 30000, "a million" → 1000000, "two hundred and fifty" → 250; null for "a" alone. */
export function wordsToNumber(words: string): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === "and" || word === "") continue;
    if (word === "a" || word === "an") {
      group = group || 1;
      continue;
    }
    const unit = UNITS[word];
    if (unit !== undefined) {
      // "half a million": half of what follows; "two and a half": plus a half.
      group = word === "half" && group === 1 && !seen ? 0.5 : group + unit;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) group = (group || 1) * 100;
    else {
      total += (group || 1) * scale;
      group = 0;
    }
  }
  return seen ? total + group : null;
}

export function parseFigures(input: string): { figures: Figure[]; rest: string } {
  let text = input.normalize("NFKC");
  const figures: Figure[] = [];
  text = text.replace(YEAR_RANGE, (match, from: string, to: string) => {
    const end = to.length === 2 ? Number(from.slice(0, 2) + to) : Number(to);
    const start = Number(from);
    if (end <= start || end - start > 100) return match;
    figures.push({ kind: "year", value: start }, { kind: "year", value: end });
    return " ".repeat(match.length);
  });
  for (const match of [...text.matchAll(ORDINAL)]) {
    const word = match[0].toLowerCase();
    figures.push({ kind: "ordinal", value: ORDINALS[word] ?? parseInt(word, 10) });
    text = blank(text, match.index, match[0].length);
  }
  for (const match of [...text.matchAll(DIGITS)]) {
    const [all, integer = "", fraction, scale, percent] = match;
    // Text-joined digits such as "COVID-19" or "G20" are names, not figures.
    const before = text[match.index - 1] ?? " ";
    if (/[\p{L}-]/u.test(before)) continue;
    let value = Number(integer.replace(/[, ]/g, "") + (fraction ? `.${fraction}` : ""));
    if (scale) value *= SCALES[scale.trim().toLowerCase()] ?? 1;
    const decades = percent && /decade/i.test(percent);
    if (decades) value *= 10;
    const isPercent = percent && !decades;
    const isYear = !scale && !percent && !fraction && /^\d{4}$/.test(integer) && value >= 1800 && value <= 2100;
    figures.push({ kind: isPercent ? "percent" : isYear ? "year" : "number", value });
    text = blank(text, match.index, all.length);
  }
  for (const match of [...text.matchAll(WORDS)]) {
    const [all, suffix] = match;
    const words = suffix ? all.slice(0, all.length - suffix.length) : all;
    let value = wordsToNumber(words);
    const alone = words.trim().toLowerCase();
    // "a" alone is no figure; "one" alone is mostly a pronoun ("one of the").
    if (value === null || (alone === "one" && !suffix)) continue;
    const decades = suffix !== undefined && /decade/i.test(suffix);
    if (decades) value *= 10;
    // "half" alone is a share: "about half of its staff" = "50% of its staff".
    const share = alone === "half" && !suffix;
    figures.push({ kind: (suffix && !decades) || share ? "percent" : "number", value: share ? 50 : value });
    text = blank(text, match.index, all.length);
  }
  return { figures, rest: text };
}

/** Same figure: same kind and values within 1% (reworded claims round: "about 30,000" and "29,800"). */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "year") return a.value === b.value;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return scale === 0 || Math.abs(a.value - b.value) <= scale * 0.01;
}

const ORDINAL_WORDS = Object.keys(ORDINALS);
const COMPACT = new Intl.NumberFormat("en-US", {
  notation: "compact",
  compactDisplay: "long",
  maximumFractionDigits: 2,
});

export function formatFigure(figure: Figure): string {
  if (figure.kind === "year") return String(figure.value);
  if (figure.kind === "ordinal") return ORDINAL_WORDS[figure.value - 1] ?? `#${figure.value}`;
  const text =
    Math.abs(figure.value) >= 1e6
      ? COMPACT.format(figure.value)
      : figure.value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return figure.kind === "percent" ? `${text}%` : text;
}
