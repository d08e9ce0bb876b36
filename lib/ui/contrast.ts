// WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two of them, and the
// text colour (white or ink) that reads best on a given background. Rating colours are chosen by
// admins, so the text on a rating badge is computed, not assumed.
export const INK = "#1c1917";
export const WHITE = "#ffffff";
/** WCAG AA for normal text. */
export const AA_NORMAL = 4.5;

function channels(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join("") : match[1]!;
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16) / 255) as [number, number, number];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or ink, whichever contrasts more with `background` (an unreadable colour falls back to ink). */
export function readableTextOn(background: string): string {
  try {
    return contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK;
  } catch {
    return INK;
  }
}
