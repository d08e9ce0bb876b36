import { describe, expect, it } from "vitest";
import { markdownToSafeHtml } from "./markdown-html";

describe("the public summary's Markdown", () => {
  it("renders Markdown", () => {
    expect(markdownToSafeHtml("**False.** See [the data](https://stats.example/t).")).toBe(
      '<p><strong>False.</strong> See <a href="https://stats.example/t">the data</a>.</p>',
    );
  });

  it("shows raw HTML as text and drops script links", () => {
    const html = markdownToSafeHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });
});
