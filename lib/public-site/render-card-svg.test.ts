import { describe, expect, it } from "vitest";
import type { PublicFactCheck, PublicSite } from "./get-public-fact-check";
import { renderCardSvg, wrapText } from "./render-card-svg";

describe("wrapText", () => {
  it("breaks between words and keeps every word when the text fits", () => {
    const lines = wrapText("Exports rose twelve percent in 2024, the minister said on Tuesday", 20, 4);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Exports rose twelve percent in 2024, the minister said on Tuesday");
  });

  it("cuts text beyond the last line with an ellipsis", () => {
    const lines = wrapText("word ".repeat(100), 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it("breaks scripts without spaces anywhere, counting wide characters as wider", () => {
    const lines = wrapText("서울은시민들의북한과의교역을금지한다", 6, 10);
    expect(lines.every((line) => [...line].length <= 6)).toBe(true);
    expect(lines.join("")).toBe("서울은시민들의북한과의교역을금지한다");
    expect(wrapText("abcdabcd", 6, 10)).toHaveLength(1);
    expect(wrapText("서울은시민들의북", 6, 10)).toHaveLength(2);
  });
});

describe("renderCardSvg", () => {
  it("escapes every text it draws", () => {
    const site = { publisher: { name: "Desk <&> Co" } } as PublicSite;
    const factCheck = {
      claimReviewed: `</text><script>alert(1)</script>`,
      rating: { id: "r", label: `"False" & co`, color: "red;x" },
      firstPublishedAt: new Date("2026-11-02T00:00:00Z"),
    } as PublicFactCheck;
    const svg = renderCardSvg(site, factCheck);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("Desk &lt;&amp;&gt; Co");
    expect(svg).toContain("&quot;False&quot; &amp; co");
    expect(svg).toContain(`fill="#57534e"`);
    expect(svg).toContain("2 NOVEMBER 2026");
  });
});
