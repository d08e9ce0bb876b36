// W3C Web Annotation selectors for a claim, and the result of finding a claim in a text.
import { CodePointIndex } from "./code-points";

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Code points. */
  start: number;
  end: number;
}

export interface ClaimSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** anchored: same place, same text. moved: same text elsewhere. changed: found, but the text differs. orphaned: not found. */
export type AnchorState = "anchored" | "moved" | "changed" | "orphaned";

export interface AnchorResult {
  state: AnchorState;
  start: number | null;
  end: number | null;
  exact: string | null;
  confidence: number;
  needsReview: boolean;
  method: "position" | "quote" | "diff" | "fuzzy" | "none";
}

export const DEFAULT_CONTEXT_LENGTH = 32;

export function describeRange(
  text: string | CodePointIndex,
  start: number,
  end: number,
  options: { contextLength?: number } = {},
): ClaimSelectors {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > index.length) {
    throw new RangeError(`range ${start}-${end} is outside a text of ${index.length} code points`);
  }
  const context = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - context), start),
      suffix: index.slice(end, Math.min(index.length, end + context)),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

export function orphaned(): AnchorResult {
  return { state: "orphaned", start: null, end: null, exact: null, confidence: 0, needsReview: true, method: "none" };
}
