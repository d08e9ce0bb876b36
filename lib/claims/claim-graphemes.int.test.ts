// A claim never splits a grapheme: a selection (the reader) or W3C selectors (the API) that
// start or end inside a flag or between a letter and its combining accent are widened to whole
// graphemes before the claim is stored.
import { beforeAll, describe, expect, it } from "vitest";
import { callApi } from "../testing/api-client";
import { makeTokens } from "../testing/api-route-fixtures";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { createClaim } from "./create-claim";

const db = () => testDb().db;
const SENTENCE = "France 🇫🇷 and Germany 🇩🇪 signed it; the cafe\u0301 owners objected.";

describe("claims and graphemes", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [SENTENCE]);
  });

  it("widens a selection inside a flag or before a combining accent to whole graphemes", async () => {
    const flag = rangeOf(article.text, "🇫🇷");
    const fromInsideFlag = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, start: flag.start + 1, end: rangeOf(article.text, "Germany").end },
    });
    expect(fromInsideFlag.exact).toBe("🇫🇷 and Germany");

    const cafe = rangeOf(article.text, "cafe\u0301");
    const withoutAccent = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, start: cafe.start, end: cafe.end - 1 },
    });
    expect(withoutAccent.exact).toBe("cafe\u0301");
    expect(withoutAccent.end - withoutAccent.start).toBe(5);
  });

  it("widens W3C selectors sent to the API the same way", async () => {
    const { readWrite } = await makeTokens(db(), ws);
    const german = rangeOf(article.text, "🇩🇪");
    const response = await callApi(
      "POST",
      `/api/v1/workspaces/${ws.workspace.id}/articles/${article.articleId}/claims`,
      {
        token: readWrite,
        body: { selector: [{ type: "TextPositionSelector", start: german.start - 8, end: german.start + 1 }] },
      },
    );
    expect(response.status).toBe(201);
    const claims = await db().claim.findMany({ where: { articleId: article.articleId }, select: { exact: true } });
    expect(claims.map((c) => c.exact)).toContain("Germany 🇩🇪");
  });
});
