import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error";
import { MAX_IMPORT_BYTES } from "./limits";
import { parseTextArticle } from "./parse-text";
import { buildRevisionText } from "./revision-text";

const seed = (name: string) => readFileSync(join(process.cwd(), "prisma/seed/articles", name));
const HERALD = "000_743fd5c741a335b6.txt";
const VOA = "003_b661382ebc12cbce.txt";

function rawLines(name: string): string[] {
  return seed(name).toString("utf8").split("\n");
}

describe("the Korea Herald seed file", () => {
  const parsed = parseTextArticle(seed(HERALD));

  it("reads the metadata lines and keeps them out of the text", () => {
    expect(parsed.metadata).toMatchObject({
      outlet: "The Korea Herald",
      byline: "Shin Hyon-hee",
      authorEmail: "heeshin@heraldcorp.com",
      publishedLabel: "Nov. 23, 2016 - 17:51",
      publishedAt: "2016-11-23T17:51:00.000Z",
      sourceUrl: null,
    });
    const text = buildRevisionText(parsed.blocks).text;
    for (const metadata of ["Published :", "photo credit", "heeshin@heraldcorp.com", "Korea Herald Correspondent"])
      expect(text).not.toContain(metadata);
    expect(parsed.setAside.map((line) => line.reason)).toEqual([
      "publication date",
      "photo credit",
      "byline",
      "author's title",
    ]);
  });

  it("keeps every paragraph character for character, typographic quotes included", () => {
    const expected = rawLines(HERALD).filter(
      (line, i) =>
        i > 0 &&
        line &&
        !line.startsWith("photo credit") &&
        !line.startsWith("By Shin") &&
        line !== "Korea Herald Correspondent",
    );
    expect(parsed.blocks.map((b) => b.text)).toEqual(expected);
    expect(parsed.blocks.every((b) => b.type === "paragraph")).toBe(true);
    expect(parsed.blocks[0]!.text.startsWith("SINGAPORE -- Though North Korea remains one of the world’s")).toBe(true);
    expect(parsed.blocks.some((b) => b.text.includes("The “accelerators” --"))).toBe(true);
  });
});

describe("the Voice of America seed file", () => {
  const parsed = parseTextArticle(seed(VOA));

  it("takes the URL and the bare feed numbers out, and names the outlet", () => {
    expect(parsed.metadata.sourceUrl).toBe(
      "http://www.voanews.com/a/underground-pipeline-of-cash-goods-feeds-north-koreas-new-capitalists/3529685.html",
    );
    expect(parsed.metadata.outlet).toBe("Voice of America");
    expect(parsed.blocks.some((b) => b.text === "20" || b.text === "2")).toBe(false);
  });

  it("keeps the two subheadings as subheadings and every paragraph exactly", () => {
    expect(parsed.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual([
      "Jangmadang generation",
      "China banks",
    ]);
    const expected = rawLines(VOA)
      .slice(3)
      .filter((line) => line.trim());
    expect(parsed.blocks.map((b) => b.text)).toEqual(expected);
    expect(parsed.blocks.some((b) => b.text.includes("North Korea’s private businesses"))).toBe(true);
  });
});

describe("other text files", () => {
  it("reads Title/By/Date headers, Windows line endings and hard-wrapped paragraphs", () => {
    const text =
      "Title: Budget row deepens\r\nBy Ana Ruiz\r\nDate: 2024-03-05\r\n\r\nThe council approved a budget of\r\n$4 million on Tuesday, officials\r\nsaid.\r\n\r\nOpposition members walked out.\r\n";
    const parsed = parseTextArticle(text);
    expect(parsed.metadata).toMatchObject({
      title: "Budget row deepens",
      byline: "Ana Ruiz",
      publishedAt: "2024-03-05T00:00:00.000Z",
    });
    expect(parsed.blocks.map((b) => b.text)).toEqual([
      "The council approved a budget of $4 million on Tuesday, officials said.",
      "Opposition members walked out.",
    ]);
  });

  it("handles mixed line endings and a BOM", () => {
    const parsed = parseTextArticle(
      new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("First paragraph here.\rSecond one.\r\nThird one.\nFourth.")]),
    );
    expect(parsed.blocks.map((b) => b.text)).toEqual(["First paragraph here.", "Second one.", "Third one.", "Fourth."]);
    expect(parsed.blocks[0]!.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("imports a single line of 1 MB faithfully as one paragraph", () => {
    const line = "word ".repeat(200_000).trim() + ".";
    const parsed = parseTextArticle(Buffer.from(line));
    expect(parsed.blocks).toHaveLength(1);
    expect(parsed.blocks[0]!.text).toBe(line);
  });

  it("keeps emoji and other astral characters", () => {
    const parsed = parseTextArticle("Prices rose 🚀 by 4% in 𝟚𝟘𝟚𝟛.\nThey fell later.");
    expect(parsed.blocks[0]!.text).toBe("Prices rose 🚀 by 4% in 𝟚𝟘𝟚𝟛.");
  });
});

describe("hostile files", () => {
  const code = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).message.length).toBeGreaterThan(10);
      return (error as ImportError).code;
    }
    return "accepted";
  };

  it("refuses empty and blank files", () => {
    expect(code(() => parseTextArticle(new Uint8Array()))).toBe("empty");
    expect(code(() => parseTextArticle("  \n\n \t "))).toBe("empty");
    expect(code(() => parseTextArticle("http://example.org/a\n20\n2\n"))).toBe("no_text");
  });

  it("refuses binary files", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(code(() => parseTextArticle(png))).toBe("binary");
    expect(code(() => parseTextArticle(new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 7) % 32))))).toBe(
      "binary",
    );
  });

  it("refuses invalid UTF-8", () => {
    expect(
      code(() => parseTextArticle(new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" au lait.")]))),
    ).toBe("invalid_encoding");
  });

  it("refuses 20 MB quickly, without decoding it", () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    expect(code(() => parseTextArticle(big))).toBe("too_large");
    expect(code(() => parseTextArticle("a".repeat(MAX_IMPORT_BYTES + 1)))).toBe("too_large");
  });
});
