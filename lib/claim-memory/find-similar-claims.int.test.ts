// Claim memory through the API on both databases: a reworded claim of another article ranks
// first with its final verdict, near misses rank below it, other workspaces stay invisible, and
// blind review holds (reviewers' verdicts never come back).
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { callApi } from "../testing/api-client";
import { sessionCookie } from "../testing/api-route-fixtures";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import type { SimilarClaim } from "./find-similar-claims";

const db = () => testDb().db;

const FIRST = "South Korea forbids its citizens from trading with North Korea, the ministry said on Monday.";
const SECOND = [
  "Seoul bans its people from doing business with Pyongyang.",
  "Japan bans its citizens from trading with North Korea.",
  "South Korea does not forbid its citizens from trading with North Korea.",
  "The central bank kept its key interest rate at 3.5 percent.",
];

describe("GET /claims/{claimId}/similar", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let firstClaimId: string;
  const second: Record<string, string> = {};
  let otherWorkspaceClaimId: string;

  const mark = async (workspaceId: string, actor: { userId: string }, text: string, exact: string, title: string) => {
    const article = await makeArticle(db(), workspaceId, actor.userId, [text], title);
    const claim = await createClaim(db(), {
      actor,
      workspaceId,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) },
    });
    return claim.id;
  };

  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    const workspaceId = ws.workspace.id;
    firstClaimId = await mark(
      workspaceId,
      ws.editor,
      FIRST,
      "South Korea forbids its citizens from trading with North Korea",
      "Trade rules",
    );
    const ratings = await loadRatingScale(db(), workspaceId);
    const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
    await setFinalVerdict(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: firstClaimId,
      input: { ratingId: rating("True"), summary: "The 1990 inter-Korean exchange law requires approval." },
    });
    // A reviewer's verdict on the same claim: blind review must keep it from reviewer2.
    await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: firstClaimId,
      input: { ratingId: rating("Mostly true"), confidence: 70, rationale: "Secret rationale of the first reviewer." },
    });
    const text = SECOND.join(" ");
    const article = await makeArticle(db(), workspaceId, ws.editor.userId, [text], "Later coverage");
    for (const sentence of SECOND) {
      const claim = await createClaim(db(), {
        actor: ws.reviewer,
        workspaceId,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, sentence.slice(0, -1)) },
      });
      second[sentence] = claim.id;
    }
    // The same words in another workspace: never a result here.
    otherWorkspaceClaimId = await mark(
      ws.otherWorkspace.id,
      ws.outsider,
      FIRST,
      "South Korea forbids its citizens from trading with North Korea",
      "Elsewhere",
    );
  });

  const similar = async (userId: string, claimId: string, query = "") => {
    const response = await callApi("GET", `/api/v1/workspaces/${ws.workspace.id}/claims/${claimId}/similar${query}`, {
      headers: { cookie: await sessionCookie(userId) },
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return { text, data: (JSON.parse(text) as { data: SimilarClaim[] }).data };
  };

  it("ranks the claim reworded in another article first, with its final verdict and reasons", async () => {
    const { data } = await similar(ws.reviewer2.userId, second[SECOND[0]!]!);
    expect(data[0]).toMatchObject({
      claimId: firstClaimId,
      articleTitle: "Trade rules",
      exact: "South Korea forbids its citizens from trading with North Korea",
      status: expect.any(String),
      finalVerdict: {
        rating: { label: "True", color: expect.any(String) },
        summary: "The 1990 inter-Korean exchange law requires approval.",
        published: false,
      },
    });
    expect(data[0]!.score).toBeGreaterThan(0.5);
    expect(data[0]!.reasons.map((r) => r.kind)).toContain("names");
    const scores = data.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data.map((d) => d.claimId)).not.toContain(second[SECOND[0]!]);
  });

  it("finds claims elsewhere in the same article, near misses below the same claim, and leaves unrelated ones out", async () => {
    const { data } = await similar(ws.editor.userId, firstClaimId);
    const ids = data.map((d) => d.claimId);
    expect(ids[0]).toBe(second[SECOND[0]!]);
    const rank = (sentence: string) => ids.indexOf(second[sentence]!);
    expect(rank(SECOND[1]!)).toBeGreaterThan(0);
    expect(rank(SECOND[2]!)).toBeGreaterThan(0);
    expect(ids).not.toContain(second[SECOND[3]!]);
    const negated = data.find((d) => d.claimId === second[SECOND[2]!])!;
    expect(negated.reasons.map((r) => r.kind)).toContain("negation");
    const sameArticle = await similar(ws.editor.userId, second[SECOND[1]!]!);
    expect(sameArticle.data.map((d) => d.claimId)).toContain(second[SECOND[0]!]);
  });

  it("never shows another workspace's claims, and answers 404 to a claim of another workspace", async () => {
    const { data } = await similar(ws.admin.userId, second[SECOND[0]!]!);
    expect(data.map((d) => d.claimId)).not.toContain(otherWorkspaceClaimId);
    const response = await callApi(
      "GET",
      `/api/v1/workspaces/${ws.workspace.id}/claims/${otherWorkspaceClaimId}/similar`,
      { headers: { cookie: await sessionCookie(ws.admin.userId) } },
    );
    expect(response.status).toBe(404);
    const outsider = await callApi("GET", `/api/v1/workspaces/${ws.workspace.id}/claims/${firstClaimId}/similar`, {
      headers: { cookie: await sessionCookie(ws.outsider.userId) },
    });
    expect(outsider.status).toBe(404);
  });

  it("keeps blind review: a reviewer who has not rated learns nothing of others' verdicts", async () => {
    const { text } = await similar(ws.reviewer2.userId, second[SECOND[0]!]!);
    expect(text).not.toContain("Secret rationale");
    expect(text).not.toContain("Mostly true");
  });

  it("honours ?limit and refuses a bad one with 400", async () => {
    const { data } = await similar(ws.editor.userId, firstClaimId, "?limit=1");
    expect(data).toHaveLength(1);
    const response = await callApi(
      "GET",
      `/api/v1/workspaces/${ws.workspace.id}/claims/${firstClaimId}/similar?limit=500`,
      { headers: { cookie: await sessionCookie(ws.editor.userId) } },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/limit/);
  });
});
