import { describe, expect, it } from "vitest";
import { completeAssignment } from "../assignments/complete-assignment";
import { createAssignments } from "../assignments/create-assignments";
import { withdrawAssignment } from "../assignments/withdraw-assignment";
import { createClaim } from "../claims/create-claim";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { saveVerdict } from "../verdicts/save-verdict";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listArticles } from "./list-articles";
import { reviseArticle } from "./revise-article";

const db = () => testDb().db;

describe("article list", () => {
  it("counts each listed article's own claims and revisions", async () => {
    const ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const first = await makeArticle(
      db(),
      ws.workspace.id,
      ws.editor.userId,
      ["Rents rose 8% last year.", "Wages rose 3%."],
      "Rents",
    );
    const second = await makeArticle(
      db(),
      ws.workspace.id,
      ws.editor.userId,
      ["The dam holds 2 billion cubic metres."],
      "Dam",
    );
    const firstClaims = [];
    for (const quote of ["Rents rose 8%", "Wages rose 3%"]) {
      firstClaims.push(
        await createClaim(db(), {
          actor: ws.reviewer,
          ...scope,
          articleId: first.articleId,
          input: { revisionId: first.revisionId, ...rangeOf(first.text, quote) },
        }),
      );
    }
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope,
      claimId: firstClaims[0]!.id,
      input: { ratingId: ratings[0]!.id, confidence: 80 },
    });
    await reviseArticle(db(), {
      actor: ws.editor,
      ...scope,
      articleId: second.articleId,
      input: { text: `${second.text}\n\nIt opened in 1998.`, baseRevisionId: second.revisionId },
    });
    // Another workspace's claims must not be counted.
    const other = await makeWorkspace(db());
    const elsewhere = await makeArticle(db(), other.workspace.id, other.editor.userId, ["Rents rose 8% last year."]);
    await createClaim(db(), {
      actor: other.reviewer,
      workspaceId: other.workspace.id,
      articleId: elsewhere.articleId,
      input: { revisionId: elsewhere.revisionId, ...rangeOf(elsewhere.text, "Rents rose") },
    });

    const { items } = await listArticles(db(), { actor: ws.viewer, ...scope });
    // Both articles may share a creation millisecond, so compare in title order.
    expect(items.map((item) => [item.title, item.claimCount, item.revisionCount]).sort()).toEqual([
      ["Dam", 0, 2],
      ["Rents", 2, 1],
    ]);
    // Progress by status: one claim with a submitted verdict, one untouched.
    expect(items.find((item) => item.title === "Rents")?.claimsByStatus).toEqual({
      unreviewed: 1,
      in_review: 0,
      verdict_proposed: 1,
      final: 0,
    });
    expect(Object.values(items.find((item) => item.title === "Dam")!.claimsByStatus)).toEqual([0, 0, 0, 0]);
  });

  it("shows each reviewer's open assignments on the article with due date and progress, overdue flagged", async () => {
    const ws = await makeWorkspace(db());
    const scope = { workspaceId: ws.workspace.id };
    const quotes = ["Rents rose 8%.", "Wages rose 3%.", "Prices fell 1%."];
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, quotes, "Economy");
    const claimIds: string[] = [];
    for (const quote of quotes) {
      const claim = await createClaim(db(), {
        actor: ws.editor,
        ...scope,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
      });
      claimIds.push(claim.id);
    }
    const assign = async (assigneeId: string, extra: { claimIds?: string[]; dueAt?: string } = {}) =>
      (
        await createAssignments(db(), {
          actor: ws.editor,
          ...scope,
          input: { articleId: article.articleId, assigneeIds: [assigneeId], ...extra },
        })
      ).map((a) => a.id);
    await assign(ws.reviewer.userId, { dueAt: "2020-01-31" });
    await assign(ws.reviewer2.userId, { claimIds: claimIds.slice(0, 2), dueAt: "2999-12-12" });
    const [withdrawn] = await assign(ws.editor.userId);
    await withdrawAssignment(db(), { actor: ws.editor, ...scope, assignmentId: withdrawn! });
    const [done] = await assign(ws.admin.userId);
    await completeAssignment(db(), { actor: ws.admin, ...scope, assignmentId: done! });
    const ratingId = (await loadRatingScale(db(), ws.workspace.id))[0]!.id;
    const rate = (actor: { userId: string }, claimId: string) =>
      saveVerdict(db(), { actor, ...scope, claimId, input: { ratingId, confidence: 90 } });
    await rate(ws.reviewer, claimIds[0]!);
    await rate(ws.reviewer, claimIds[2]!);
    await rate(ws.reviewer2, claimIds[1]!);
    await rate(ws.reviewer2, claimIds[2]!);

    const { items } = await listArticles(db(), { actor: ws.viewer, ...scope });
    expect(items[0]!.assignments).toEqual([
      {
        assigneeId: ws.reviewer.userId,
        assigneeName: "Reviewer",
        scope: "article",
        dueAt: new Date("2020-01-31T23:59:59Z"),
        overdue: true,
        progress: { rated: 2, total: 3 },
      },
      {
        assigneeId: ws.reviewer2.userId,
        assigneeName: "Second Reviewer",
        scope: "claims",
        dueAt: new Date("2999-12-12T23:59:59Z"),
        overdue: false,
        // Each claim assignment completes on its own: the rated claim's is done, one remains open.
        progress: { rated: 0, total: 1 },
      },
    ]);
  });
});
