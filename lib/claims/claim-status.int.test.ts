import { beforeAll, describe, expect, it } from "vitest";
import { createNote } from "../notes/create-note";
import { deleteNote } from "../notes/delete-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict } from "../verdicts/set-final-verdict";
import { createClaim } from "./create-claim";

const db = () => testDb().db;
const TEXT = "Exports rose 12% in 2025, the ministry said, more than in any year since 2010.";

describe("claim status after each write", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [TEXT]);
  });
  const newClaim = (quote: string) =>
    createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, quote) },
    });
  const statusOf = async (claimId: string) =>
    (await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } })).status;
  const moves = async (claimId: string) =>
    (
      await db().auditLog.findMany({
        where: { claimId, action: "claim.status_change" },
        orderBy: { id: "asc" },
        select: { before: true, after: true },
      })
    ).map(
      (entry) =>
        `${(JSON.parse(entry.before!) as { status: string }).status}→${(JSON.parse(entry.after!) as { status: string }).status}`,
    );

  it("moves through every stage, recording each move once; deleted notes and drafts count as they should", async () => {
    const claim = await newClaim("Exports rose 12% in 2025");
    const scope = { workspaceId: ws.workspace.id, claimId: claim.id };
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    expect(await statusOf(claim.id)).toBe("unreviewed");

    const note = await createNote(db(), {
      actor: ws.reviewer,
      ...scope,
      input: { body: "Checking the ministry's release." },
    });
    expect(await statusOf(claim.id)).toBe("in_review");
    await deleteNote(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      noteId: note.id,
      input: { version: note.version },
    });
    expect(await statusOf(claim.id)).toBe("unreviewed");

    const draft = await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope,
      input: { ratingId: ratings[0]!.id, confidence: 40, submit: false },
    });
    expect(await statusOf(claim.id)).toBe("in_review");
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope,
      input: { ratingId: ratings[1]!.id, confidence: 70, submit: true, version: draft.version },
    });
    expect(await statusOf(claim.id)).toBe("verdict_proposed");
    await createNote(db(), { actor: ws.reviewer2, ...scope, input: { body: "Agreed." } });
    expect(await statusOf(claim.id)).toBe("verdict_proposed");

    await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope,
      input: { ratingId: ratings[1]!.id, summary: "Confirmed by the release." },
    });
    expect(await statusOf(claim.id)).toBe("final");
    // Notes and verdicts after the final verdict (not published) leave it final.
    await createNote(db(), { actor: ws.reviewer2, ...scope, input: { body: "Late note." } });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope,
      input: { ratingId: ratings[0]!.id, confidence: 10, submit: false },
    });
    expect(await statusOf(claim.id)).toBe("final");
    expect(await moves(claim.id)).toEqual([
      "unreviewed→in_review",
      "in_review→unreviewed",
      "unreviewed→in_review",
      "in_review→verdict_proposed",
      "verdict_proposed→final",
    ]);
  });

  it("puts a claim in review on its first source", async () => {
    const claim = await newClaim("the ministry said");
    await addSource(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId: claim.id,
      input: { url: "https://example.org/release", title: "Release", stance: "supports" },
    });
    expect(await statusOf(claim.id)).toBe("in_review");
    expect(await moves(claim.id)).toEqual(["unreviewed→in_review"]);
  });
});
