// How a claim looks, in the text, the claim list and the legend: a colour for its status (the
// final verdict's own colour once there is one) and, for readers who do not tell colours apart,
// an underline pattern and a symbol per status. Every colour here is a hex value so the contrast
// test (claim-look.test.ts) can check each pair against WCAG AA.
import type { ClaimStatus } from "../claims/claim-status";
import { INK } from "../ui/contrast";

export interface StatusLook {
  /** The status badge: background and text. */
  badgeBackground: string;
  badgeText: string;
  /** The highlight behind claim text (the text stays ink). */
  highlight: string;
  /** Underline under the claim text, a CSS text-decoration-style: the pattern that does not rely on colour. */
  pattern: "dotted" | "dashed" | "double" | "solid";
  underline: string;
  /** Shown before the status' name in badges and the legend. */
  symbol: string;
}

export const STATUS_LOOKS: Record<ClaimStatus, StatusLook> = {
  unreviewed: {
    badgeBackground: "#f5f5f4",
    badgeText: "#44403c",
    highlight: "#fde68a",
    pattern: "dotted",
    underline: "#92400e",
    symbol: "○",
  },
  in_review: {
    badgeBackground: "#eff6ff",
    badgeText: "#1e40af",
    highlight: "#bfdbfe",
    pattern: "dashed",
    underline: "#1e40af",
    symbol: "◐",
  },
  verdict_proposed: {
    badgeBackground: "#fffbeb",
    badgeText: "#78350f",
    highlight: "#e9d5ff",
    pattern: "double",
    underline: "#6b21a8",
    symbol: "◑",
  },
  final: {
    badgeBackground: "#f0fdf4",
    badgeText: "#166534",
    highlight: "#bbf7d0",
    pattern: "solid",
    underline: "#166534",
    symbol: "●",
  },
};

/** The text colour on claim highlights. */
export const HIGHLIGHT_TEXT = INK;
/** A dimmed highlight (filtered out): still readable, no colour, no pattern. */
export const DIMMED_HIGHLIGHT = "#f5f5f4";

/** Six hex digits (no `#`) mixed with white, `share` of the colour kept. */
function mixWithWhite(digits: string, share: number): string {
  return `#${[0, 2, 4]
    .map((at) => {
      const channel = parseInt(digits.slice(at, at + 2), 16);
      return Math.round(channel * share + 255 * (1 - share))
        .toString(16)
        .padStart(2, "0");
    })
    .join("")}`;
}

/** The one form of a verdict colour a highlight rule names: six lower-case hex digits, no `#`. */
export function verdictColorKey(color: string | null): string | null {
  if (!color || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return null;
  const value = color.slice(1).toLowerCase();
  return value.length === 3 ? [...value].map((d) => d + d).join("") : value;
}

/**
 * The highlight of one claim: its status' look, and for a final verdict the rating's colour as a
 * light tint behind the text and in full as the underline.
 */
export function claimHighlight(status: ClaimStatus, verdictColor: string | null): StatusLook {
  const look = STATUS_LOOKS[status];
  const digits = status === "final" ? verdictColorKey(verdictColor) : null;
  if (!digits) return look;
  return { ...look, highlight: mixWithWhite(digits, 0.3), underline: verdictColor! };
}

/**
 * The highlights' stylesheet: one rule per status and one per verdict colour in use (as
 * verdictColorKey names it), matched by the runs' `data-status` and `data-verdict`. Written once
 * per page instead of a style on every run (a 1,000-claim article has thousands of runs).
 */
export function highlightStylesheet(verdictColors: Iterable<string | null>): string {
  const rule = (selector: string, look: StatusLook) =>
    `mark${selector}{--claim-bg:${look.highlight};--claim-line:${look.underline};--claim-pattern:${look.pattern}}`;
  const rules = Object.entries(STATUS_LOOKS).map(([status, look]) => rule(`[data-status="${status}"]`, look));
  const keys = new Set([...verdictColors].map(verdictColorKey));
  for (const key of keys) if (key) rules.push(rule(`[data-verdict="${key}"]`, claimHighlight("final", `#${key}`)));
  return rules.join("\n");
}
