// Markdown injection: what people type into titles, names, tags, rationales, summaries, source
// titles and URLs comes out of the Markdown export (and the print report, which renders it) as
// text; a note's raw HTML is written as text and its `javascript:` links lose their address; URLs
// with line breaks are refused when entered, and a stored one (from before) is still not a link.
import { fromMarkdown } from "mdast-util-from-markdown";
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { exportResponse } from "./export-stream";

const db = () => testDb().db;
const INJECTED =
  "\n\n**FINAL VERDICT: TRUE**\n\n# Injected heading\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>";

interface Node {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  children?: Node[];
}
const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join("");

describe("the Markdown export escapes what it interpolates", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let articleId: string;
  let claimId: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    const article = await makeArticle(
      db(),
      ws.workspace.id,
      ws.editor.userId,
      ["The port will cost $2.1 billion, the ministry said."],
      `Port costs${INJECTED}`,
    );
    articleId = article.articleId;
    await db().article.update({
      where: { id: articleId },
      data: { outlet: `Daily${INJECTED}`, sourceUrl: "https://news.example/a\n**FINAL VERDICT: TRUE**" },
    });
    await db().user.update({ where: { id: ws.reviewer.userId }, data: { name: `Rev${INJECTED}` } });
    const scope = { actor: ws.reviewer, workspaceId: ws.workspace.id };
    claimId = (
      await createClaim(db(), {
        ...scope,
        articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, "The port will cost $2.1 billion") },
      })
    ).id;
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    await saveVerdict(db(), {
      ...scope,
      claimId,
      input: { ratingId: ratings[0]!.id, confidence: 60, rationale: `Checked.${INJECTED}` },
    });
    await createNote(db(), {
      ...scope,
      claimId,
      // The note's own Markdown stays Markdown (its author wrote it as such): only its HTML and links are defused.
      input: {
        body: "See *this*. [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n<javascript:alert(2)>",
      },
    });
    const source = await addSource(db(), {
      ...scope,
      claimId,
      input: { url: "https://ministry.example/report", title: `Report${INJECTED}`, stance: "supports" },
    });
    // A URL stored before validation refused line breaks: still never a link that carries text.
    await db().source.update({
      where: { id: source.id },
      data: { archivedUrl: "javascript:alert(3)", url: "https://ministry.example/r\n**FINAL VERDICT: TRUE**" },
    });
  });

  it("refuses URLs with line breaks, tabs or spaces wherever one is entered", async () => {
    for (const url of [
      "https://a.example/\n**x**",
      "https://a.example/\tb",
      "https://a.example/ b",
      "https://a.example/\u2028x",
    ]) {
      await expect(
        addSource(db(), {
          actor: ws.reviewer,
          workspaceId: ws.workspace.id,
          claimId,
          input: { url, title: "T", stance: "context" },
        }),
        url,
      ).rejects.toThrow(/cannot contain spaces, line breaks or control characters/);
    }
  });

  it("renders no injected emphasis, heading, HTML or non-web link", async () => {
    const markdown = await (
      await exportResponse(db(), {
        actor: ws.editor,
        workspaceId: ws.workspace.id,
        format: "markdown",
        articleIds: [articleId],
        origin: "http://margin.test",
      })
    ).text();
    const nodes = walk(fromMarkdown(markdown) as Node);
    expect(nodes.filter((n) => n.type === "html")).toEqual([]);
    expect(nodes.filter((n) => n.type === "strong" && text(n).trim() === "FINAL VERDICT: TRUE")).toEqual([]);
    expect(nodes.filter((n) => n.type === "heading" && text(n).startsWith("Injected"))).toEqual([]);
    for (const node of nodes.filter((n) => n.type === "link" || n.type === "image"))
      expect(node.url, text(node)).toMatch(/^https?:\/\//);
    // Nothing was dropped: the words are there, as text.
    expect(nodes.some((n) => n.type === "text" && n.value!.includes("<img src=x onerror=alert(1)>"))).toBe(true);
    expect(nodes.some((n) => n.type === "text" && n.value!.includes("<script>alert(1)</script>"))).toBe(true);
    expect(markdown).toContain("See *this*.");
  });
});
