// A rating's usage (shown in the scale editor, asked before renaming or removing) counts the
// verdicts and final verdicts that use it, in its own workspace.
import { describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import { listRatingChoices, listRatingScale, loadRatingScale } from "./list-rating-scale";

const db = () => testDb().db;

async function workspaceWithVerdicts(labels: { reviewer: string; reviewer2: string; final: string }) {
  const ws = await makeWorkspace(db());
  const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Exports rose 12% last year."]);
  const claimId = (
    await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "Exports rose 12%") },
    })
  ).id;
  const ratings = await loadRatingScale(db(), ws.workspace.id);
  const id = (label: string) => ratings.find((r) => r.label === label)!.id;
  const scope = { workspaceId: ws.workspace.id, claimId };
  await saveVerdict(db(), { actor: ws.reviewer, ...scope, input: { ratingId: id(labels.reviewer), confidence: 70 } });
  await saveVerdict(db(), {
    actor: ws.reviewer2,
    ...scope,
    input: { ratingId: id(labels.reviewer2), confidence: 60, submit: false },
  });
  await setFinalVerdict(db(), {
    actor: ws.editor,
    ...scope,
    input: { ratingId: id(labels.final), summary: "It rose 9.8%." },
  });
  return ws;
}

describe("the rating scale", () => {
  it("counts each rating's verdicts (drafts too) and final verdicts, in its own workspace only", async () => {
    const ws = await workspaceWithVerdicts({ reviewer: "Mostly false", reviewer2: "False", final: "Mostly false" });
    await workspaceWithVerdicts({ reviewer: "Mostly false", reviewer2: "Mostly false", final: "True" });
    const scale = await listRatingScale(db(), { actor: ws.viewer, workspaceId: ws.workspace.id });
    expect(Object.fromEntries(scale.map((r) => [r.label, r.usage]))).toEqual({
      True: 0,
      "Mostly true": 0,
      Mixed: 0,
      "Mostly false": 2,
      False: 1,
      Unverifiable: 0,
      "Not a factual claim": 0,
    });
  });

  it("offers the reader the ratings in use, in the scale's order, to members only", async () => {
    const ws = await makeWorkspace(db());
    const other = await makeWorkspace(db());
    const scale = await loadRatingScale(db(), ws.workspace.id);
    await db().rating.update({ where: { id: scale[2]!.id }, data: { archivedAt: new Date() } });
    const choices = await listRatingChoices(db(), { actor: ws.viewer, workspaceId: ws.workspace.id });
    expect(choices.map((c) => c.label)).toEqual(scale.filter((_, i) => i !== 2).map((r) => r.label));
    expect(choices[0]).toEqual({
      id: scale[0]!.id,
      label: scale[0]!.label,
      description: scale[0]!.description,
      color: scale[0]!.color,
      ordinal: scale[0]!.ordinal,
    });
    await expect(listRatingChoices(db(), { actor: other.editor, workspaceId: ws.workspace.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
