// Claim families through the API on both databases: a reviewer confirms "same claim as …" (both
// ways, audited), families merge, the family's verdicts and sources come back as blind review
// allows, an editor starts a final verdict from the family's (with where it came from), and
// unlinking undoes it all. listFamilyAppearances lists where the claim appears.
import { beforeEach, describe, expect, it } from "vitest";
import { describeChange } from "../audit/describe-change";
import { getClaimHistory } from "../audit/get-claim-history";
import { createClaim } from "../claims/create-claim";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { callApi } from "../testing/api-client";
import { sessionCookie } from "../testing/api-route-fixtures";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { listClaimVerdicts } from "../verdicts/list-claim-verdicts";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import type { ClaimFamily } from "./get-claim-family";
import { listFamilyAppearances } from "./list-family-appearances";

const db = () => testDb().db;
const ORIGIN = "http://margin.test";

const FIRST = "South Korea forbids its citizens from trading with North Korea";
const SECOND = "Seoul bans its people from doing business with Pyongyang";
const THIRD = "South Koreans may not trade with the North";

describe("claim families", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let workspaceId: string;
  let first: string;
  let second: string;
  let third: string;

  const mark = async (exact: string, title: string) => {
    const article = await makeArticle(db(), workspaceId, ws.editor.userId, [`${exact}, officials said.`], title);
    return (
      await createClaim(db(), {
        actor: ws.reviewer,
        workspaceId,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) },
      })
    ).id;
  };

  const call = async (method: string, userId: string, path: string, body?: unknown) => {
    const response = await callApi(method, `/api/v1/workspaces/${workspaceId}/claims/${path}`, {
      headers: { cookie: await sessionCookie(userId), ...(body ? { origin: ORIGIN } : {}) },
      ...(body ? { body } : {}),
    });
    const text = response.status === 204 ? "" : await response.text();
    return { status: response.status, text, data: text ? (JSON.parse(text) as { data: unknown }).data : null };
  };
  const family = async (userId: string, claimId: string) => {
    const answer = await call("GET", userId, `${claimId}/family`);
    expect(answer.status, answer.text).toBe(200);
    return answer.data as ClaimFamily;
  };
  const link = (userId: string, claimId: string, other: string) =>
    call("POST", userId, `${claimId}/family`, { claimId: other });
  const rating = async (label: string) => (await loadRatingScale(db(), workspaceId)).find((r) => r.label === label)!.id;

  beforeEach(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    workspaceId = ws.workspace.id;
    first = await mark(FIRST, "Trade rules");
    second = await mark(SECOND, "Later coverage");
    third = await mark(THIRD, "Weekly digest");
    await setFinalVerdict(db(), {
      actor: ws.editor,
      workspaceId,
      claimId: first,
      input: { ratingId: await rating("True"), summary: "The 1990 inter-Korean exchange law requires approval." },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: first,
      input: {
        ratingId: await rating("Mostly true"),
        confidence: 70,
        rationale: "Secret rationale of the first reviewer.",
      },
    });
    await addSource(db(), {
      actor: ws.reviewer,
      workspaceId,
      claimId: first,
      input: { url: "https://example.org/exchange-act", title: "Inter-Korean Exchange Act", stance: "supports" },
    });
  });

  it("links two claims both ways when a reviewer confirms the same claim, and records it in both histories", async () => {
    expect(await family(ws.reviewer2.userId, second)).toMatchObject({ familyId: null, members: [], canLink: true });
    const linked = await link(ws.reviewer2.userId, second, first);
    expect(linked.status, linked.text).toBe(200);
    const fromSecond = linked.data as ClaimFamily;
    expect(fromSecond.familyId).toEqual(expect.any(String));
    expect(fromSecond.members).toEqual([
      expect.objectContaining({
        claimId: first,
        articleTitle: "Trade rules",
        exact: FIRST,
        finalVerdict: expect.objectContaining({ rating: expect.objectContaining({ label: "True" }), published: false }),
        sources: [
          expect.objectContaining({ title: "Inter-Korean Exchange Act", url: "https://example.org/exchange-act" }),
        ],
      }),
    ]);
    const fromFirst = await family(ws.editor.userId, first);
    expect(fromFirst.members.map((m) => m.claimId)).toEqual([second]);
    expect(fromFirst.familyId).toBe(fromSecond.familyId);
    for (const [claimId, other] of [
      [first, SECOND],
      [second, FIRST],
    ] as const) {
      const history = await getClaimHistory(db(), { actor: ws.editor, workspaceId, claimId });
      const entry = history.find((e) => e.action === "claim.family_link");
      const words = describeChange(entry!);
      expect(words.summary, `history of ${claimId}`).toBe("confirmed it is the same claim as another");
      expect(words.details.join(" ")).toContain(`Same claim as: ${other}`);
    }
  });

  it("keeps blind review: a reviewer who has not rated the family's claim sees how many verdicts, not what they say", async () => {
    await link(ws.reviewer2.userId, second, first);
    const blind = await call("GET", ws.reviewer2.userId, `${second}/family`);
    expect(blind.text).not.toContain("Secret rationale");
    expect(blind.text).not.toContain("Mostly true");
    expect((blind.data as ClaimFamily).members[0]).toMatchObject({ verdicts: [], hiddenVerdicts: 1 });
    const editor = await family(ws.editor.userId, second);
    expect(editor.members[0]).toMatchObject({
      verdicts: [expect.objectContaining({ rationale: "Secret rationale of the first reviewer." })],
      hiddenVerdicts: 0,
    });
  });

  it("merges families, refuses viewers, itself and other workspaces' claims, and unlinks claim by claim", async () => {
    expect((await link(ws.reviewer.userId, second, first)).status).toBe(200);
    expect((await link(ws.reviewer.userId, third, second)).status).toBe(200);
    expect((await family(ws.editor.userId, first)).members.map((m) => m.claimId).sort()).toEqual(
      [second, third].sort(),
    );
    expect((await link(ws.viewer.userId, third, first)).status).toBe(403);
    expect((await link(ws.reviewer.userId, first, first)).status).toBe(400);
    const elsewhere = await makeArticle(db(), ws.otherWorkspace.id, ws.outsider.userId, [FIRST], "Elsewhere");
    const foreign = await createClaim(db(), {
      actor: ws.outsider,
      workspaceId: ws.otherWorkspace.id,
      articleId: elsewhere.articleId,
      input: { revisionId: elsewhere.revisionId, ...rangeOf(elsewhere.text, FIRST) },
    });
    expect((await link(ws.reviewer.userId, first, foreign.id)).status).toBe(404);
    expect(await db().claim.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ familyId: null });

    expect((await call("DELETE", ws.reviewer.userId, `${third}/family`, {})).status).toBe(204);
    expect((await family(ws.editor.userId, third)).members).toEqual([]);
    expect((await family(ws.editor.userId, first)).members.map((m) => m.claimId)).toEqual([second]);
    const history = await getClaimHistory(db(), { actor: ws.editor, workspaceId, claimId: third });
    expect(history.map((e) => e.action)).toContain("claim.family_unlink");
    // The last two part: a family of one is no family.
    expect((await call("DELETE", ws.reviewer.userId, `${first}/family`, {})).status).toBe(204);
    expect((await family(ws.editor.userId, second)).familyId).toBeNull();
  });

  it("lets an editor start a final verdict from the family's, saying where it came from, once", async () => {
    const start = (userId: string) =>
      call("POST", userId, `${second}/final-verdict/from-family`, { fromClaimId: first });
    expect((await start(ws.editor.userId)).status).toBe(409);
    await link(ws.reviewer.userId, second, first);
    expect((await family(ws.reviewer.userId, second)).canStartFinalVerdict).toBe(false);
    expect((await family(ws.editor.userId, second)).canStartFinalVerdict).toBe(true);
    expect((await start(ws.reviewer.userId)).status).toBe(403);
    const started = await start(ws.editor.userId);
    expect(started.status, started.text).toBe(201);
    const verdicts = await listClaimVerdicts(db(), { actor: ws.reviewer2, workspaceId, claimId: second });
    expect(verdicts.finalVerdict).toMatchObject({
      rating: { label: "True" },
      summary: "The 1990 inter-Korean exchange law requires approval.",
      published: false,
      provenance: { via: "family", startedFrom: { claimId: first, exact: FIRST, articleTitle: "Trade rules" } },
    });
    const history = await getClaimHistory(db(), { actor: ws.editor, workspaceId, claimId: second });
    expect(history.map((e) => e.action)).toContain("final_verdict.from_family");
    expect((await start(ws.editor.userId)).status).toBe(409);
    expect((await family(ws.editor.userId, second)).canStartFinalVerdict).toBe(false);
    // A member without a final verdict is nothing to start from.
    await link(ws.reviewer.userId, third, first);
    const empty = await call("POST", ws.editor.userId, `${first}/final-verdict/from-family`, { fromClaimId: third });
    expect(empty.status).toBe(409);
  });

  it("lists the family's appearances with each article's title, address and date", async () => {
    expect((await listFamilyAppearances(db(), first)).map((a) => a.claimId)).toEqual([first]);
    const article = await db().claim.findUniqueOrThrow({ where: { id: second }, select: { articleId: true } });
    await db().article.update({
      where: { id: article.articleId },
      data: { sourceUrl: "https://news.example/seoul-trade", publishedAt: new Date("2020-01-02T00:00:00Z") },
    });
    await link(ws.reviewer.userId, first, second);
    const appearances = await listFamilyAppearances(db(), first);
    expect(appearances).toEqual([
      expect.objectContaining({
        claimId: second,
        articleTitle: "Later coverage",
        articleUrl: "https://news.example/seoul-trade",
        date: new Date("2020-01-02T00:00:00Z"),
      }),
      expect.objectContaining({ claimId: first, articleTitle: "Trade rules", articleUrl: null }),
    ]);
    expect(await listFamilyAppearances(db(), "no-such-claim")).toEqual([]);
  });
});
