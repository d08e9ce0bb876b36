import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";
import { parseMarkdownArticle } from "./parse-markdown";

describe("parseMarkdownArticle", () => {
  it("reads front matter and turns headings, quotes and lists into blocks of plain text", () => {
    const parsed = parseMarkdownArticle(`---
title: "Water prices to rise"
author: Sam Lee
date: 2024-02-01
url: https://www.bbc.co.uk/news/water
---
The regulator said bills will rise by **8%** next year, according to [its report](https://example.org).

## Why now

> “Costs have risen,” said the chair.

- Bills rose 5% in 2023.
- Leaks fell by 10%.

<script>alert(1)</script>
`);
    expect(parsed.metadata).toMatchObject({
      title: "Water prices to rise",
      byline: "Sam Lee",
      publishedAt: "2024-02-01T00:00:00.000Z",
      outlet: "BBC",
    });
    expect(parsed.blocks).toEqual([
      { type: "paragraph", text: "The regulator said bills will rise by 8% next year, according to its report." },
      { type: "heading", text: "Why now" },
      { type: "paragraph", text: "“Costs have risen,” said the chair." },
      { type: "paragraph", text: "Bills rose 5% in 2023." },
      { type: "paragraph", text: "Leaks fell by 10%." },
    ]);
  });

  it("takes a leading level-one heading as the title", async () => {
    const parsed = await parseArticle("# Council votes\n\nThe council voted 7 to 2.\n", { fileName: "story.md" });
    expect(parsed.format).toBe("markdown");
    expect(parsed.metadata.title).toBe("Council votes");
    expect(parsed.blocks).toEqual([{ type: "paragraph", text: "The council voted 7 to 2." }]);
  });
});
