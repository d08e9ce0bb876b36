// A published final verdict rates the words it was published on: an edit that changes or removes
// them unpublishes it, flags the claim and says so; a claim that only moved stays published; the
// ClaimReview export and snippet follow the same rule.
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { getClaimDetail } from "../claims/get-claim-detail";
import { reattachClaim } from "../claims/reattach-claim";
import { markClaimReviewed } from "../claims/mark-claim-reviewed";
import { AppError } from "../errors/app-error";
import { claimReviewSnippet } from "../exports/claim-review-snippet";
import { exportResponse } from "../exports/export-stream";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listClaimVerdicts } from "../verdicts/list-claim-verdicts";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { reviseArticle } from "./revise-article";
import { REATTACHED_REASON } from "./unpublish-changed-claims";

const db = () => testDb().db;
const VOTE = "The bill passed the committee, voted 8-1, on Tuesday.";
const PORT = "The port will cost $2.1 billion, the ministry said.";
const BRIDGE = "The bridge opened in 1998.";
const CODA = "Critics called it a white elephant.";

async function rejectsWith(work: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  await expect(work).rejects.toSatisfy(
    (e: unknown) => e instanceof AppError && e.code === code && (!message || message.test(e.message)),
  );
}

describe("published final verdicts when the article is edited", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let paragraphs: string[];
  const claims: Record<"vote" | "port" | "bridge", string> = { vote: "", port: "", bridge: "" };
  const scope = (claimId: string) => ({ workspaceId: ws.workspace.id, claimId });

  /** Marks `exact`, settles it True and (unless told otherwise) publishes it. */
  async function settle(exact: string, publish = true) {
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) },
    });
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope(claim.id),
      input: { ratingId: ratings.find((r) => r.label === "True")!.id, summary: "Checked against the record." },
    });
    if (publish)
      await setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(claim.id),
        input: { published: true, version: final.version },
      });
    return claim.id;
  }

  async function revise(next: string[]) {
    const current = await db().article.findUniqueOrThrow({
      where: { id: article.articleId },
      select: { currentRevisionId: true },
    });
    const report = await reviseArticle(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { text: next.join("\n\n"), baseRevisionId: current.currentRevisionId },
    });
    paragraphs = next;
    return report;
  }

  const final = (claimId: string) => db().finalVerdict.findUniqueOrThrow({ where: { claimId } });
  const claimRow = (claimId: string) => db().claim.findUniqueOrThrow({ where: { id: claimId } });
  const claimReviews = async () => {
    const response = await exportResponse(db(), {
      actor: ws.viewer,
      workspaceId: ws.workspace.id,
      format: "claimreview",
      articleIds: [article.articleId],
      origin: "http://margin.test",
    });
    return (JSON.parse(await response.text()) as { url: string; claimReviewed: string }[]).map((review) => ({
      claimId: new URL(review.url).searchParams.get("claim"),
      claimReviewed: review.claimReviewed,
    }));
  };

  beforeEach(async () => {
    ws = await makeWorkspace(db());
    paragraphs = [VOTE, PORT, BRIDGE, CODA];
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, paragraphs);
    claims.vote = await settle("voted 8-1");
    claims.port = await settle("The port will cost $2.1 billion");
    claims.bridge = await settle("The bridge opened in 1998.");
  });

  it("records the claim's words when publishing", async () => {
    expect(await final(claims.vote)).toMatchObject({ published: true, publishedExact: "voted 8-1" });
    const verdicts = await listClaimVerdicts(db(), { actor: ws.viewer, ...scope(claims.vote) });
    expect(verdicts.finalVerdict).toMatchObject({ published: true, publishedExact: "voted 8-1" });
    expect(await claimReviews()).toHaveLength(3);
  });

  it("unpublishes, flags, audits and reports a verdict whose words the edit changed; moved claims stay published", async () => {
    const report = await revise([`EDITOR'S NOTE: updated.`, VOTE.replace("8-1", "6-3"), PORT, BRIDGE, CODA]);
    const revision = report.revision!.number;
    const reason = `Its words changed in revision ${revision} after the final verdict was published; the verdict was unpublished.`;
    expect(report.unpublished).toEqual([{ claimId: claims.vote, before: "voted 8-1", after: "voted 6-3" }]);
    expect(report.moved.map((m) => m.claimId).sort()).toEqual([claims.port, claims.bridge].sort());

    expect(await final(claims.vote)).toMatchObject({
      published: false,
      publishedAt: null,
      publishedExact: "voted 8-1",
    });
    expect(await claimRow(claims.vote)).toMatchObject({
      exact: "voted 6-3",
      status: "final",
      needsReviewReason: reason,
    });
    for (const id of [claims.port, claims.bridge]) {
      expect((await final(id)).published).toBe(true);
      expect((await claimRow(id)).needsReviewReason).toBeNull();
    }

    const entries = await db().auditLog.findMany({ where: { claimId: claims.vote }, orderBy: { id: "asc" } });
    const unpublish = entries.find((e) => e.action === "final_verdict.unpublish")!;
    expect(unpublish.actorId).toBe(ws.editor.userId);
    expect(JSON.parse(unpublish.before!)).toMatchObject({ published: true });
    expect(JSON.parse(unpublish.after!)).toMatchObject({ published: false, reason });
    const flag = entries.find((e) => e.action === "claim.needs_review")!;
    expect(JSON.parse(flag.after!)).toEqual({ needsReviewReason: reason });
    expect(entries.filter((e) => e.action === "final_verdict.unpublish")).toHaveLength(1);

    // The reader and the API see why.
    const detail = await getClaimDetail(db(), { actor: ws.viewer, ...scope(claims.vote) });
    expect(detail.claim.needsReviewReason).toBe(reason);
    expect(detail.permissions.canMarkReviewed).toBe(false);
    expect((await getClaimDetail(db(), { actor: ws.editor, ...scope(claims.vote) })).permissions.canMarkReviewed).toBe(
      true,
    );

    // ClaimReview: the moved claims only; the snippet says why not for the changed one.
    expect((await claimReviews()).map((r) => r.claimId).sort()).toEqual([claims.port, claims.bridge].sort());
    await rejectsWith(
      claimReviewSnippet(db(), { actor: ws.editor, ...scope(claims.vote), origin: "http://margin.test" }),
      "conflict",
      /published final verdict only/,
    );
  });

  it("unpublishes a verdict whose words the edit removed (orphaned)", async () => {
    const report = await revise([VOTE, BRIDGE, CODA]);
    expect(report.orphaned.map((o) => o.claimId)).toEqual([claims.port]);
    expect(report.unpublished).toEqual([
      { claimId: claims.port, before: "The port will cost $2.1 billion", after: null },
    ]);
    expect((await final(claims.port)).published).toBe(false);
    expect((await claimRow(claims.port)).needsReviewReason).toMatch(/^Its words were removed in revision 2 /);
    expect((await claimReviews()).map((r) => r.claimId).sort()).toEqual([claims.vote, claims.bridge].sort());
    // Publishing it again needs words in the article.
    await rejectsWith(
      setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(claims.port),
        input: { published: true, version: (await final(claims.port)).version },
      }),
      "conflict",
      /no longer in the article/,
    );
    expect((await final(claims.port)).published).toBe(false);
  });

  it("re-publishing rates the new words and clears the flag", async () => {
    await revise([VOTE.replace("8-1", "6-3"), PORT, BRIDGE, CODA]);
    const before = await final(claims.vote);
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope(claims.vote),
      input: { published: true, version: before.version },
    });
    expect(await final(claims.vote)).toMatchObject({ published: true, publishedExact: "voted 6-3" });
    expect((await claimRow(claims.vote)).needsReviewReason).toBeNull();
    const cleared = await db().auditLog.findFirstOrThrow({
      where: { claimId: claims.vote, action: "claim.mark_reviewed" },
    });
    expect(cleared.actorId).toBe(ws.editor.userId);
    expect(await claimReviews()).toContainEqual({ claimId: claims.vote, claimReviewed: "voted 6-3" });

    // Moving it afterwards keeps the new publication.
    const report = await revise([CODA, ...paragraphs]);
    expect(report.unpublished).toEqual([]);
    expect((await final(claims.vote)).published).toBe(true);
  });

  it("lets an editor mark a flagged claim reviewed, with the claim's version", async () => {
    await revise([VOTE.replace("8-1", "6-3"), PORT, BRIDGE, CODA]);
    const flagged = await claimRow(claims.vote);
    await rejectsWith(
      markClaimReviewed(db(), { actor: ws.editor, ...scope(claims.vote), input: { version: flagged.version - 1 } }),
      "conflict",
    );
    await rejectsWith(
      markClaimReviewed(db(), { actor: ws.reviewer, ...scope(claims.vote), input: { version: flagged.version } }),
      "forbidden",
    );
    expect(
      await markClaimReviewed(db(), { actor: ws.editor, ...scope(claims.vote), input: { version: flagged.version } }),
    ).toEqual({ id: claims.vote, needsReviewReason: null, version: flagged.version + 1 });
    expect((await claimRow(claims.vote)).needsReviewReason).toBeNull();
    // The verdict stays unpublished: marking reviewed is not publishing.
    expect((await final(claims.vote)).published).toBe(false);
    expect(await db().auditLog.count({ where: { claimId: claims.vote, action: "claim.mark_reviewed" } })).toBe(1);
    // Again: nothing to clear, nothing recorded.
    await markClaimReviewed(db(), { actor: ws.editor, ...scope(claims.vote), input: { version: flagged.version } });
    expect(await db().auditLog.count({ where: { claimId: claims.vote, action: "claim.mark_reviewed" } })).toBe(1);
  });

  it("leaves unpublished verdicts alone and out of ClaimReview", async () => {
    const draft = await settle("Critics called it a white elephant.", false);
    expect((await claimReviews()).map((r) => r.claimId)).not.toContain(draft);
    const report = await revise([VOTE, PORT, BRIDGE, "Critics called it a costly white elephant."]);
    expect(report.changed.map((c) => c.claimId)).toEqual([draft]);
    expect(report.unpublished).toEqual([]);
    expect((await claimRow(draft)).needsReviewReason).toBeNull();
    expect(await db().auditLog.count({ where: { claimId: draft, action: "final_verdict.unpublish" } })).toBe(0);
  });

  it("judges a verdict published before Margin recorded the words by the words the claim had", async () => {
    await db().finalVerdict.updateMany({
      where: { claimId: { in: [claims.vote, claims.port] } },
      data: { publishedExact: null },
    });
    expect(await claimReviews()).toHaveLength(3);
    const report = await revise([VOTE.replace("8-1", "6-3"), CODA, PORT, BRIDGE]);
    expect(report.unpublished).toEqual([{ claimId: claims.vote, before: "voted 8-1", after: "voted 6-3" }]);
    expect((await final(claims.port)).published).toBe(true);
  });

  it("re-attaching a published claim to other words unpublishes it and flags it; to the same words keeps it", async () => {
    const reattach = async (claimId: string, exact: string) => {
      const { version } = await claimRow(claimId);
      return reattachClaim(db(), {
        actor: ws.editor,
        ...scope(claimId),
        input: { revisionId: article.revisionId, ...rangeOf(article.text, exact), version },
      });
    };
    await reattach(claims.bridge, "Critics called it a white elephant.");
    expect(await final(claims.bridge)).toMatchObject({
      published: false,
      publishedExact: "The bridge opened in 1998.",
    });
    expect(await claimRow(claims.bridge)).toMatchObject({
      exact: "Critics called it a white elephant.",
      needsReviewReason: REATTACHED_REASON,
    });
    expect((await claimReviews()).map((review) => review.claimId)).not.toContain(claims.bridge);

    await reattach(claims.port, "The port will cost $2.1 billion");
    expect((await final(claims.port)).published).toBe(true);
    expect((await claimRow(claims.port)).needsReviewReason).toBeNull();
  });
});
