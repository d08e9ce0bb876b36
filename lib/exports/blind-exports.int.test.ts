// Blind review holds in exports too: a reviewer who has not submitted a verdict on a claim gets
// exports without anyone else's verdict on it, in every format; editors always get them.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { AppError } from "../errors/app-error";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { EXPORT_FORMATS, exportResponse } from "./export-stream";

const db = () => testDb().db;
const SECRET = "Rationale-only-the-first-reviewer-wrote";
const READER_FORMATS = EXPORT_FORMATS.filter((format) => format !== "json");

describe("blind review in exports", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let claimId: string;
  let articleId: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Unemployment fell to 3.1% in March, the lowest rate since 1974.",
    ]);
    articleId = article.articleId;
    claimId = (
      await createClaim(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, "Unemployment fell to 3.1% in March") },
      })
    ).id;
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const ratingId = ratings.find((r) => r.label === "Mostly true")!.id;
    await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId,
      input: { ratingId, confidence: 70, rationale: SECRET },
    });
  });

  const exportAs = async (actor: typeof ws.editor, format: string) =>
    (
      await exportResponse(db(), {
        actor,
        workspaceId: ws.workspace.id,
        format,
        articleIds: [articleId],
        origin: "http://margin.test",
      })
    ).text();

  it("leaves others' verdicts out of every format for a reviewer who has not submitted", async () => {
    for (const format of READER_FORMATS) {
      const text = await exportAs(ws.reviewer2, format);
      expect(text, format).not.toContain(SECRET);
      expect(text, format).not.toContain("Mostly true");
    }
  });

  it("gives editors every submitted verdict", async () => {
    for (const format of ["markdown", "w3c"]) expect(await exportAs(ws.editor, format), format).toContain(SECRET);
  });

  it("shows them once the reviewer has submitted their own", async () => {
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      workspaceId: ws.workspace.id,
      claimId,
      input: {
        ratingId: ratings.find((r) => r.label === "False")!.id,
        confidence: 50,
        rationale: "Seasonally adjusted, it rose.",
      },
    });
    for (const format of ["markdown", "w3c"]) expect(await exportAs(ws.reviewer2, format), format).toContain(SECRET);
  });

  it("keeps the whole-workspace backup, which holds every verdict, to admins", async () => {
    const refused = await exportAs(ws.reviewer2, "json").then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(403);
  });
});
