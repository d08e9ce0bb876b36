"use client";

// The article text with claim highlights. Runs covered by the same claims share one element;
// runs under several claims are drawn darker, so nested and overlapping claims stay visible.
import { memo, useMemo } from "react";
import type { RevisionBlock } from "@/lib/articles/revision-blocks";
import { utf16OffsetsOf } from "@/lib/text/code-points";
import { buildHighlightSegments } from "@/lib/reader/highlight-segments";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { highlightStylesheet, verdictColorKey } from "@/lib/reader/claim-look";
import { runKeys } from "@/lib/reader/highlight-keys";

export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
  /** The final verdict's rating colour, once there is one. */
  verdictColor: string | null;
  /** Filtered out: drawn plain, without colour or pattern. */
  dimmed: boolean;
  /** Suggestions are drawn as a dashed underline, claims as highlights. */
  suggestion?: boolean;
}

// One claim needs no class of its own; two and three or more are drawn darker.
const DEPTH_CLASSES = ["", "", "claim-depth-2", "claim-depth-3"];

export const ArticleText = memo(function ArticleText({
  text,
  blocks,
  claims,
}: {
  text: string;
  blocks: RevisionBlock[];
  claims: HighlightClaim[];
}) {
  const rendered = useMemo(() => {
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const keys = runKeys(claims);
    const perBlock = buildHighlightSegments(blocks, claims);
    const positions: number[] = [];
    for (const { segments } of perBlock) for (const segment of segments) positions.push(segment.start, segment.end);
    const offsets = utf16OffsetsOf(text, positions);
    const slice = (start: number, end: number) => text.slice(offsets.get(start), offsets.get(end));
    return perBlock.map(({ block, segments }) => {
      const runs = segments.map((segment) => {
        const content = slice(segment.start, segment.end);
        const claimIds = segment.claimIds.filter((id) => !byId.get(id)?.suggestion);
        const suggestionIds = segment.claimIds.filter((id) => byId.get(id)?.suggestion);
        if (claimIds.length === 0 && suggestionIds.length === 0) {
          return (
            <span key={segment.start} data-cp={segment.start}>
              {content}
            </span>
          );
        }
        if (claimIds.length === 0) {
          return (
            <span
              key={segment.start}
              data-cp={segment.start}
              data-suggestion={suggestionIds[0]}
              className="suggestion-run"
            >
              {content}
            </span>
          );
        }
        const innermost = byId.get(claimIds[0]!);
        const depth = DEPTH_CLASSES[Math.min(claimIds.length, 3)];
        // The look of the innermost claim that the filters keep; dimmed when they keep none.
        const shown = claimIds.map((id) => byId.get(id)!).find((claim) => !claim.dimmed);
        const look = (shown ?? innermost)!;
        const verdict = look.status === "final" ? verdictColorKey(look.verdictColor) : null;
        return (
          <mark
            key={segment.start}
            data-cp={segment.start}
            data-claims={claimIds.map((id) => keys.get(id)).join(" ")}
            data-status={look.status}
            data-verdict={verdict ?? undefined}
            className={[depth, shown ? "" : "claim-dimmed"].filter(Boolean).join(" ") || undefined}
          >
            {content}
          </mark>
        );
      });
      return block.type === "heading" ? (
        <h2 key={block.start} className="pt-3 font-sans text-xl font-semibold">
          {runs}
        </h2>
      ) : (
        <p key={block.start}>{runs}</p>
      );
    });
  }, [text, blocks, claims]);
  return <>{rendered}</>;
});

/**
 * The highlights' colours: one stylesheet for the page, kept outside the text region so that the
 * region's text nodes are the article's alone (selection offsets are counted over them).
 */
export const HighlightStyles = memo(function HighlightStyles({ claims }: { claims: HighlightClaim[] }) {
  const stylesheet = useMemo(
    () => highlightStylesheet(claims.flatMap((claim) => (claim.status === "final" ? [claim.verdictColor] : []))),
    [claims],
  );
  return <style>{stylesheet}</style>;
});
