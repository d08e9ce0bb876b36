import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";
import { parseHtmlArticle } from "./parse-html";
import { buildRevisionText } from "./revision-text";

const page = readFileSync(join(import.meta.dirname, "fixtures/news-page.html"));

describe("parseHtmlArticle", () => {
  it("finds the article among navigation, ads and footer, with its metadata", async () => {
    const parsed = await parseHtmlArticle(page);
    expect(parsed.metadata).toMatchObject({
      title: "Port expansion will cost $2.1 billion, ministry says",
      outlet: "Harbour Times",
      byline: "Lena Okafor",
      publishedAt: "2024-05-14T08:30:00.000Z",
      sourceUrl: "https://harbourtimes.example/news/port-expansion-cost",
      language: "en",
    });
    const texts = parsed.blocks.map((b) => b.text);
    expect(texts).toContain(
      "The expansion of the northern port will cost $2.1 billion, almost twice the 2019 estimate, the transport ministry said on Tuesday.",
    );
    expect(texts).toContain("“These numbers do not add up,” said Maria Chen, the opposition’s transport spokeswoman.");
    expect(parsed.blocks.find((b) => b.text === "Opposition questions figures")?.type).toBe("heading");
    const all = texts.join(" ");
    for (const noise of ["Subscribe", "cheap flights", "Most read", "All rights reserved", "Celebrity"])
      expect(all).not.toContain(noise);
  });

  it("lets no markup, script or handler through: blocks are plain text", async () => {
    const parsed = await parseHtmlArticle(page);
    const text = buildRevisionText(parsed.blocks).text;
    for (const payload of ["<", "alert", "onclick", "javascript:", "onerror"]) expect(text).not.toContain(payload);
    expect(text).toContain("understated the cost of dredging, which it put at $400 million.");
  });

  it("is chosen for .html files and HTML-looking text", async () => {
    expect((await parseArticle(page, { fileName: "story.html" })).format).toBe("html");
    expect(
      (await parseArticle("<html><body><p>One paragraph of a story that is long enough.</p></body></html>")).format,
    ).toBe("html");
  });

  it("reads a page Readability cannot use, from its paragraphs", async () => {
    const parsed = await parseHtmlArticle("<p>Short text only.</p>");
    expect(parsed.blocks.map((b) => b.text)).toEqual(["Short text only."]);
  });
});
