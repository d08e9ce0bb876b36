// A claim from W3C Web Annotation selectors (the API, and annotation imports): the position is
// used when it still holds the quote; otherwise the quote is found with the anchoring library.
import {
  anchorClaimsInText,
  anchorInText,
  CodePointIndex,
  describeRange,
  type AnchorResult,
  type ClaimSelectors,
} from "../anchoring";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { snapToGraphemes } from "../text/graphemes";
import { insertClaim } from "./insert-claim";
import { createClaimFromSelectorsSchema, type CreateClaimFromSelectorsInput } from "./schemas";

type SelectorInput = CreateClaimFromSelectorsInput["selector"];

/** Where W3C selectors land in a text, or orphaned. */
export function anchorSelectors(text: string | CodePointIndex, selector: SelectorInput): AnchorResult {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  const quote = selector.find((s) => s.type === "TextQuoteSelector");
  const position = selector.find((s) => s.type === "TextPositionSelector");
  if (position && position.end <= index.length && position.end > position.start) {
    const found = index.slice(position.start, position.end);
    if (!quote || found === quote.exact)
      return {
        state: "anchored",
        start: position.start,
        end: position.end,
        exact: found,
        confidence: 1,
        needsReview: false,
        method: "position",
      };
  }
  const selectors = claimSelectorsOf(selector);
  if (!selectors)
    return { state: "orphaned", start: null, end: null, exact: null, confidence: 0, needsReview: true, method: "none" };
  return anchorInText(index, selectors);
}

function claimSelectorsOf(selector: SelectorInput): ClaimSelectors | null {
  const quote = selector.find((s) => s.type === "TextQuoteSelector");
  const position = selector.find((s) => s.type === "TextPositionSelector");
  if (!quote) return null;
  return {
    quote: { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
    position: { type: "TextPositionSelector", start: position?.start ?? 0, end: position?.end ?? quote.exact.length },
  };
}

/**
 * Many claims' selectors in one text (an import): those with a quote are found together, so each
 * is checked against where its neighbours went (a copy of its words in a repeated sentence is not
 * trusted when its neighbours shifted otherwise); the rest one by one. In the order given.
 */
export function anchorManySelectors(text: string | CodePointIndex, selectors: SelectorInput[]): AnchorResult[] {
  const index = typeof text === "string" ? new CodePointIndex(text) : text;
  // A bare quote (no context) standing at its stored position: as anchorSelectors decides it.
  const bare = (s: ClaimSelectors) => !s.quote.prefix && !s.quote.suffix;
  const withQuote = selectors.map((selector) => {
    const claim = claimSelectorsOf(selector);
    return claim && !bare(claim) ? claim : null;
  });
  const quoted = withQuote.flatMap((s) => (s ? [s] : []));
  const found = anchorClaimsInText(index, quoted);
  let next = 0;
  return selectors.map((selector, i) => (withQuote[i] ? found[next++]! : anchorSelectors(index, selector)));
}

export async function createClaimFromSelectors(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "claim.create");
  const input = createClaimFromSelectorsSchema.parse(options.input);
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true, currentRevision: { select: { id: true, text: true } } },
  });
  if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
  if (input.revisionId && input.revisionId !== article.currentRevision.id) {
    throw new AppError(
      "conflict",
      "The selectors name an older revision; send them without revisionId to anchor them in the current text.",
    );
  }
  const index = new CodePointIndex(article.currentRevision.text);
  const result = anchorSelectors(index, input.selector);
  if (result.state === "orphaned" || result.start === null || result.end === null) {
    throw new AppError("validation_failed", "The selectors could not be anchored in the article's current text.", {
      anchoring: result,
    });
  }
  // Selectors from elsewhere may split a grapheme (a flag, a letter and its accent): whole ones are kept.
  const range = snapToGraphemes(index.text, result.start, result.end);
  const selectors = describeRange(index, range.start, range.end);
  const claim = await writeWithAudit(db, (tx, audit) =>
    insertClaim(tx, audit, {
      workspaceId: options.workspaceId,
      articleId: article.id,
      revisionId: article.currentRevision!.id,
      selectors,
      anchorState: result.state === "changed" ? "changed" : "anchored",
      anchorConfidence: result.confidence,
      createdById: member.userId,
      tags: input.tags ?? [],
    }),
  );
  return { claim, anchoring: result };
}
