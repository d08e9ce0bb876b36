// Editing an article's text makes a new revision. Every claim is re-anchored to the new text
// (revision diff first, quote matching as fallback) and the editor gets a report: how many claims
// stayed, moved, changed (flagged for a second look) and were orphaned. Orphaned claims keep
// their notes, sources and verdicts, and their old selectors, until someone re-attaches them.
// Published final verdicts whose claim's words changed or went are unpublished (unpublish-changed-claims.ts).
import { CodePointIndex, QuoteMatcher, reanchorClaims, type AnchorResult } from "../anchoring";
import type { Actor } from "../auth/actor";
import { applyAnchorResult } from "../claims/apply-anchor-result";
import { claimSnapshotSelect } from "../claims/claim-snapshot";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { buildRevisionText, MAX_IMPORT_BYTES } from "../article-import";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { contentHash } from "./content-hash";
import { parseEditableText } from "./editable-text";
import { reviseArticleSchema } from "./schemas";
import { needsReviewReasonFor, unpublishChangedClaims, type UnpublishedClaim } from "./unpublish-changed-claims";

export interface ReanchorReport {
  revision: { id: string; number: number } | null;
  unchanged: number;
  moved: { claimId: string; exact: string }[];
  changed: { claimId: string; before: string; after: string; confidence: number }[];
  orphaned: { claimId: string; exact: string }[];
  /** Published final verdicts this edit unpublished: their claim's words changed or are gone. */
  unpublished: UnpublishedClaim[];
}

export async function reviseArticle(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
): Promise<ReanchorReport> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.update");
  const input = reviseArticleSchema.parse(options.input);
  const blocks = parseEditableText(input.text);
  if (blocks.length === 0)
    throw new AppError("validation_failed", "An article needs some text.", {
      fields: { text: ["An article needs some text."] },
    });
  const next = buildRevisionText(blocks);
  if (Buffer.byteLength(next.text) > MAX_IMPORT_BYTES)
    throw new AppError("payload_too_large", "The article is larger than 2 MB.");

  return writeWithAudit(db, async (tx, audit) => {
    const article = await tx.article.findFirst({
      where: { id: options.articleId, workspaceId: options.workspaceId },
      select: { id: true, title: true, currentRevision: { select: { id: true, number: true, text: true } } },
    });
    if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
    const previous = article.currentRevision;
    if (previous.id !== input.baseRevisionId) {
      throw await staleWrite(tx, "article", await lastEditorOf(tx, article.id), {
        revisionId: previous.id,
        number: previous.number,
      });
    }
    const report: ReanchorReport = {
      revision: null,
      unchanged: 0,
      moved: [],
      changed: [],
      orphaned: [],
      unpublished: [],
    };
    if (next.text === previous.text) return report;

    const last = await tx.articleRevision.aggregate({ where: { articleId: article.id }, _max: { number: true } });
    const revision = await tx.articleRevision.create({
      data: {
        articleId: article.id,
        number: (last._max.number ?? 0) + 1,
        text: next.text,
        blocks: JSON.stringify(next.blocks),
        contentHash: contentHash(next.text),
        origin: "edit",
        message: input.message ?? null,
        createdById: member.userId,
      },
      select: { id: true, number: true },
    });
    await tx.article.update({
      where: { id: article.id },
      data: { currentRevisionId: revision.id, version: { increment: 1 } },
    });
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "article",
      entityId: article.id,
      articleId: article.id,
      body: `${article.title}\n\n${next.text}`,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "article.revise",
      entityType: "revision",
      entityId: revision.id,
      articleId: article.id,
      before: { revision: previous.number },
      after: { revision: revision.number, message: input.message ?? null },
    });

    // Claims on the previous revision go through its diff; older ones (orphans) by their quote.
    const claims = await tx.claim.findMany({
      where: { articleId: article.id },
      orderBy: { start: "asc" },
      select: claimSnapshotSelect,
    });
    const current = claims.filter((c) => c.revisionId === previous.id);
    const older = claims.filter((c) => c.revisionId !== previous.id);
    const toSelectors = (c: (typeof claims)[number]) => ({
      quote: { type: "TextQuoteSelector" as const, exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      position: { type: "TextPositionSelector" as const, start: c.start, end: c.end },
    });
    const newIndex = new CodePointIndex(next.text);
    const matcher = new QuoteMatcher(newIndex);
    const results = new Map<string, AnchorResult>();
    reanchorClaims(previous.text, next.text, current.map(toSelectors)).forEach((result, i) =>
      results.set(current[i]!.id, result),
    );
    for (const claim of older) results.set(claim.id, matcher.anchor(toSelectors(claim)));
    const words = new Map<string, { before: string; after: string | null }>();

    for (const claim of claims) {
      const result = results.get(claim.id)!;
      const wasOrphaned = claim.anchorState === "orphaned";
      const after = await applyAnchorResult(tx, audit, {
        workspaceId: options.workspaceId,
        actorId: member.userId,
        articleId: article.id,
        claim,
        result,
        revision: { id: revision.id, index: newIndex },
      });
      words.set(claim.id, { before: claim.exact, after });
      if (after === null) report.orphaned.push({ claimId: claim.id, exact: claim.exact });
      else if (result.state === "changed")
        report.changed.push({ claimId: claim.id, before: claim.exact, after, confidence: result.confidence });
      else if (wasOrphaned || (claim.revisionId === previous.id && claim.start !== result.start))
        report.moved.push({ claimId: claim.id, exact: claim.exact });
      else report.unchanged++;
    }
    report.unpublished = await unpublishChangedClaims(tx, audit, {
      workspaceId: options.workspaceId,
      actorId: member.userId,
      articleId: article.id,
      reason: (after) => needsReviewReasonFor(revision.number, after),
      words,
    });
    report.revision = revision;
    return report;
  });
}
