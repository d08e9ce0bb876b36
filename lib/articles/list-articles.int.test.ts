import { describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
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
    for (const quote of ["Rents rose 8%", "Wages rose 3%"]) {
      await createClaim(db(), {
        actor: ws.reviewer,
        ...scope,
        articleId: first.articleId,
        input: { revisionId: first.revisionId, ...rangeOf(first.text, quote) },
      });
    }
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
  });
});
