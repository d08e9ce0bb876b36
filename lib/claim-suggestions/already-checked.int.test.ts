// Claim suggestions that repeat a claim with a final verdict carry "already checked" with that
// claim and its rating; those that only resemble a claim without one, or nothing, do not.
import { describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import { listArticleSuggestions } from "./list-article-suggestions";

const db = () => testDb().db;

const SETTLED = "South Korea forbids its citizens from trading with North Korea since 2010";
const OPEN = "The government spent $4.2 billion on the new high-speed rail line in 2021";
const REWORDED = "Seoul has banned its people from doing business with Pyongyang since 2010, the ministry said.";
const LIKE_OPEN =
  "The government has spent 4.2 billion dollars on the high-speed rail line since 2021, officials said.";
const UNRELATED = "Unemployment fell to 3.1 percent in March, the lowest rate in 25 years.";

describe("already checked suggestions", () => {
  it("marks a suggestion that repeats a claim with a final verdict, naming it and its rating", async () => {
    const ws = await makeWorkspace(db());
    const workspaceId = ws.workspace.id;
    const first = await makeArticle(db(), workspaceId, ws.editor.userId, [`${SETTLED}.`, `${OPEN}.`], "Trade rules");
    const claim = async (exact: string) =>
      createClaim(db(), {
        actor: ws.reviewer,
        workspaceId,
        articleId: first.articleId,
        input: { revisionId: first.revisionId, ...rangeOf(first.text, exact) },
      });
    const settled = await claim(SETTLED);
    await claim(OPEN);
    const ratings = await loadRatingScale(db(), workspaceId);
    await setFinalVerdict(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: settled.id,
      input: { ratingId: ratings.find((r) => r.label === "Mostly true")!.id, summary: "The 2010 measures." },
    });
    const later = await makeArticle(db(), workspaceId, ws.editor.userId, [REWORDED, LIKE_OPEN, UNRELATED], "Later");
    const { suggestions } = await listArticleSuggestions(db(), {
      actor: ws.viewer,
      workspaceId,
      articleId: later.articleId,
    });
    const of = (text: string) => suggestions.find((s) => s.text.includes(text.slice(0, 30)));
    expect(of(REWORDED), "the reworded claim is suggested").toBeDefined();
    expect(of(REWORDED)!.alreadyChecked).toEqual({
      claimId: settled.id,
      articleId: first.articleId,
      articleTitle: "Trade rules",
      exact: SETTLED,
      rating: { label: "Mostly true", color: expect.any(String) },
    });
    // Like a claim nobody settled yet: not "already checked".
    expect(of(LIKE_OPEN), "the rail claim is suggested").toBeDefined();
    expect(of(LIKE_OPEN)!.alreadyChecked).toBeNull();
    expect(of(UNRELATED), "the jobs claim is suggested").toBeDefined();
    expect(of(UNRELATED)!.alreadyChecked).toBeNull();
  });
});
