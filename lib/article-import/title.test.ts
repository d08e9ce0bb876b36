import { describe, expect, it } from "vitest";
import { deriveTitle, looksTruncated } from "./title";

describe("deriveTitle", () => {
  it("reads the URL slug, casing and spelling words as the article does", () => {
    const blocks = [
      { type: "paragraph" as const, text: "Cash flows to North Korea’s new capitalists, say officials in Seoul." },
    ];
    expect(
      deriveTitle(
        blocks,
        "http://www.voanews.com/a/underground-pipeline-of-cash-goods-feeds-north-koreas-new-capitalists/3529685.html",
      ),
    ).toBe("Underground pipeline of cash goods feeds North Korea’s new capitalists");
  });

  it("falls back to the first sentence without its dateline, shortened on a word boundary", () => {
    const blocks = [
      {
        type: "paragraph" as const,
        text: "SINGAPORE -- Though North Korea remains one of the world’s most isolated economies, Pyongyang officials have apparently been seeking startups. More.",
      },
    ];
    const title = deriveTitle(blocks, null);
    expect(title.startsWith("Though North Korea remains")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith("…")).toBe(true);
    expect(deriveTitle([{ type: "paragraph", text: "Short one. Then more." }], null)).toBe("Short one.");
  });
});

describe("looksTruncated", () => {
  it("flags titles that end in an ellipsis, and only those", () => {
    expect(looksTruncated("North Korea eyes startups as sanctions…")).toBe(true);
    expect(looksTruncated("Rents rose again...")).toBe(true);
    expect(looksTruncated("Rents rose 8% … in Leeds")).toBe(false);
    expect(looksTruncated("Rents rose 8%")).toBe(false);
  });
});
