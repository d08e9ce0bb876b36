import { describe, expect, it } from "vitest";
import { fromMarkdown } from "mdast-util-from-markdown";
import { neutraliseNoteMarkdown, plain, plainLines, safeHttpUrl } from "./markdown-escape";

const types = (markdown: string): string[] => {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    out.push(node.type);
    (node.children as { type: string }[] | undefined)?.forEach(walk);
  };
  walk(fromMarkdown(markdown));
  return out;
};

describe("Markdown escaping", () => {
  it("keeps plain text on one line, as text", () => {
    expect(plain("a\n\n**b**\r# c\u2028<i>")).toBe("a \\*\\*b\\*\\* \\# c \\<i\\>");
    expect(types(`- ${plain("[x](javascript:y) ~~s~~ &lt;")}`)).toEqual([
      "root",
      "list",
      "listItem",
      "paragraph",
      "text",
    ]);
  });

  it("keeps lines but starts no block", () => {
    for (const line of ["- item", "+ item", "1. item", "2) item", "===", "---", "> quote", "# heading", "    code"]) {
      const kinds = types(`para\n${plainLines(line)}`).filter((t) => t !== "root" && t !== "paragraph" && t !== "text");
      expect(kinds, line).toEqual([]);
    }
    expect(plainLines("=HYPERLINK(1)\nsecond")).toBe("=HYPERLINK(1)\nsecond");
  });

  it("accepts only http(s) addresses without whitespace or control characters", () => {
    expect(safeHttpUrl("https://a.example/x?y=<1>")).toBe("https://a.example/x?y=%3C1%3E");
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,x",
      "https://a.example/\nb",
      "https://a.example/ b",
      "/relative",
    ])
      expect(safeHttpUrl(url), url).toBeNull();
  });

  it("writes a note's raw HTML as text and drops non-web link addresses, keeping its Markdown", () => {
    const out = neutraliseNoteMarkdown(
      "**Bold** <b onclick=x>hi</b> [ok](https://a.example) [bad](javascript:alert(1))\n\n<div>\nx\n</div>",
    );
    const kinds = types(out);
    expect(kinds).not.toContain("html");
    expect(kinds).toContain("strong");
    expect(out).toContain("[ok](https://a.example)");
    expect(out).not.toContain("javascript:");
    expect(out).toContain("bad");
  });
});
