// Search's reviewerId filter under blind review: it must not tell a reviewer which claims a
// colleague rated before they rated those claims themselves, and nobody learns of others' drafts.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { searchWorkspace } from "./search-workspace";

const db = () => testDb().db;

describe("search by reviewer under blind review", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let rated: string;
  let drafted: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "The lighthouse cost 4 million crowns.",
      "The lighthouse opened in 1902.",
    ]);
    const scope = { actor: ws.editor, workspaceId: ws.workspace.id, articleId: article.articleId };
    const claim = (exact: string) =>
      createClaim(db(), { ...scope, input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) } });
    rated = (await claim("The lighthouse cost 4 million crowns")).id;
    drafted = (await claim("The lighthouse opened in 1902")).id;
    const ratingId = (await loadRatingScale(db(), ws.workspace.id))[0]!.id;
    const verdict = (claimId: string, submit: boolean) =>
      saveVerdict(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        claimId,
        input: { ratingId, confidence: 50, rationale: "", submit },
      });
    await verdict(rated, true);
    await verdict(drafted, false);
  });

  const claimsFound = async (actor: typeof ws.editor) =>
    new Set(
      (
        await searchWorkspace(db(), {
          actor,
          workspaceId: ws.workspace.id,
          input: { q: "lighthouse", reviewerId: ws.reviewer.userId },
        })
      ).hits.map((hit) => hit.claim?.id),
    );

  it("finds nothing for a colleague who has not rated those claims", async () => {
    expect(await claimsFound(ws.reviewer2)).toEqual(new Set());
  });

  it("finds submitted verdicts for an editor, never a draft", async () => {
    expect(await claimsFound(ws.editor)).toEqual(new Set([rated]));
  });

  it("finds the reviewer's own claims, drafts included, for the reviewer", async () => {
    expect(await claimsFound(ws.reviewer)).toEqual(new Set([rated, drafted]));
  });
});
