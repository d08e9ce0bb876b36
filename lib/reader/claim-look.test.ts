import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { DEFAULT_RATING_SCALE } from "../ratings/default-rating-scale";
import { AA_NORMAL, contrastRatio, readableTextOn } from "../ui/contrast";
import {
  claimHighlight,
  DIMMED_HIGHLIGHT,
  HIGHLIGHT_TEXT,
  highlightStylesheet,
  STATUS_LOOKS,
  verdictColorKey,
} from "./claim-look";

describe("claim colours pass WCAG AA", () => {
  it.each(DEFAULT_RATING_SCALE.map((r) => [r.label, r.color] as const))("rating badge %s", (_label, color) => {
    expect(contrastRatio(color, readableTextOn(color))).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it.each(DEFAULT_RATING_SCALE.map((r) => [r.label, r.color] as const))("final highlight %s", (_label, color) => {
    const look = claimHighlight("final", color);
    expect(contrastRatio(look.highlight, HIGHLIGHT_TEXT)).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(look.underline).toBe(color);
  });

  it.each(CLAIM_STATUSES)("status %s: badge, highlight", (status) => {
    const look = STATUS_LOOKS[status];
    expect(contrastRatio(look.badgeBackground, look.badgeText)).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(contrastRatio(look.highlight, HIGHLIGHT_TEXT)).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it("dimmed highlights stay readable", () => {
    expect(contrastRatio(DIMMED_HIGHLIGHT, HIGHLIGHT_TEXT)).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it("tells statuses apart without colour", () => {
    const looks = CLAIM_STATUSES.map((s) => STATUS_LOOKS[s]);
    expect(new Set(looks.map((l) => l.pattern)).size).toBe(CLAIM_STATUSES.length);
    expect(new Set(looks.map((l) => l.symbol)).size).toBe(CLAIM_STATUSES.length);
  });

  it("falls back to the status look for a colour that is not hex", () => {
    expect(claimHighlight("final", "red")).toEqual(STATUS_LOOKS.final);
    expect(claimHighlight("in_review", "#dc2626")).toEqual(STATUS_LOOKS.in_review);
  });
});

describe("the highlight stylesheet", () => {
  it("has a rule per status and one per verdict colour in use, with the colours claimHighlight gives", () => {
    const css = highlightStylesheet(["#16a34a", "#16A34A", "#dc2626", null]).split("\n");
    expect(css).toHaveLength(CLAIM_STATUSES.length + 2);
    expect(css).toContain(
      `mark[data-status="in_review"]{--claim-bg:${STATUS_LOOKS.in_review.highlight};--claim-line:${STATUS_LOOKS.in_review.underline};--claim-pattern:dashed}`,
    );
    const red = claimHighlight("final", "#dc2626");
    expect(css).toContain(
      `mark[data-verdict="dc2626"]{--claim-bg:${red.highlight};--claim-line:#dc2626;--claim-pattern:solid}`,
    );
  });

  it("names a verdict colour one way, and nothing a rule could be broken by", () => {
    expect(verdictColorKey("#1E40AF")).toBe("1e40af");
    expect(verdictColorKey("#abc")).toBe("aabbcc");
    expect(verdictColorKey("red")).toBeNull();
    expect(verdictColorKey('#fff"]{}')).toBeNull();
    expect(verdictColorKey(null)).toBeNull();
    expect(highlightStylesheet(['"]{}body{display:none'])).not.toContain("body");
  });
});
