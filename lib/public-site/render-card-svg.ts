// A published fact-check's share image (Open Graph card, 1200×630, the size social sites crop to):
// the organisation, the claim and the rating, as SVG. SVG because its text is drawn by the viewer's
// fonts, so every script shows; a PNG would have to be rendered here with fonts shipped in the
// app (next/og's ImageResponse carries only a Latin font and fetches others from Google Fonts at
// request time, which this offline, public endpoint must never do). Text is wrapped here by an
// estimate of its width, since SVG 1.1 text does not wrap.
import type { PublicFactCheck, PublicSite } from "./get-public-fact-check";
import { escapeHtml, formatDate, ratingColour } from "./render-public-html";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const CLAIM_FONT_SIZE = 52;
const CLAIM_MAX_LINES = 4;
const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`;

/** Roughly how wide a character is, in ems: wide scripts (CJK, Hangul, emoji) take a full em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xffdc) || code >= 0x1f000)) return 1;
  if (/[\siljtf.,;:'!|]/.test(char)) return 0.3;
  if (/[mwMW@]/.test(char)) return 0.85;
  return 0.56;
}

const widthOf = (text: string) => [...text].reduce((sum, char) => sum + charWidth(char), 0);

/**
 * `text` in lines of at most `maxEms` wide, at most `maxLines` of them, the last cut with "…" when
 * the text is longer. Words longer than a line (or scripts without spaces) are broken anywhere.
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
  };
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= maxEms) {
      line = candidate;
      continue;
    }
    if (line) push();
    for (const char of word) {
      if (widthOf(line + char) > maxEms) push();
      line += char;
    }
  }
  if (line) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && widthOf(`${last}…`) > maxEms) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export function renderCardSvg(site: PublicSite, factCheck: PublicFactCheck): string {
  const color = ratingColour(factCheck.rating.color);
  const textWidth = CARD_WIDTH - 2 * MARGIN;
  const claimLines = wrapText(`“${factCheck.claimReviewed}”`, textWidth / CLAIM_FONT_SIZE, CLAIM_MAX_LINES);
  const lineHeight = Math.round(CLAIM_FONT_SIZE * 1.25);
  const claimTop = 200;
  const claim = claimLines
    .map((line, index) => `<tspan x="${MARGIN}" y="${claimTop + index * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join("");
  const ratingLabel = wrapText(factCheck.rating.label, 700 / 44, 1)[0] ?? "";
  const ratingWidth = Math.round(Math.min(widthOf(ratingLabel) * 44, 700) + 64);
  const organisation = wrapText(site.publisher.name, textWidth / 34, 1)[0] ?? "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-label="${escapeHtml(`${factCheck.rating.label}: ${factCheck.claimReviewed} (${site.publisher.name})`)}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>
<rect width="24" height="${CARD_HEIGHT}" fill="${color}"/>
<g font-family="${FONT}" fill="#1c1917">
<text x="${MARGIN}" y="104" font-size="34" font-weight="700">${escapeHtml(organisation)}</text>
<text x="${MARGIN}" y="146" font-size="26" fill="#57534e" letter-spacing="2">FACT-CHECK · ${escapeHtml(formatDate(factCheck.firstPublishedAt).toUpperCase())}</text>
<text font-size="${CLAIM_FONT_SIZE}">${claim}</text>
<rect x="${MARGIN}" y="488" width="${ratingWidth}" height="80" rx="14" fill="#ffffff" stroke="${color}" stroke-width="8"/>
<text x="${MARGIN + 32}" y="543" font-size="44" font-weight="700">${escapeHtml(ratingLabel)}</text>
</g>
</svg>
`;
}
