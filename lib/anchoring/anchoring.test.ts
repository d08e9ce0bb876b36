import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex, codePointLength, sliceCodePoints, utf16ToCodePoint, codePointToUtf16 } from "./code-points";
import { anchorInText } from "./quote-matcher";
import { reanchorClaims } from "./reanchor";
import { describeRange } from "./selectors";
import { equalSegments } from "./text-diff";

const TEXT = [
  "The minister said unemployment fell to 3.1% in March.",
  "Critics called the figure misleading.",
  "The minister said unemployment fell to 3.1% in March.",
  "Analysts expect a rise in the autumn.",
].join("\n\n");

function rangeOf(text: string, needle: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const start = utf16ToCodePoint(text, at);
  return [start, start + codePointLength(needle)];
}

describe("code points", () => {
  it("converts positions around astral and combining characters", () => {
    const text = "a😀b e\u0301 𝒳!";
    const index = new CodePointIndex(text);
    expect(index.length).toBe(9);
    expect(index.slice(1, 2)).toBe("😀");
    expect(index.slice(7, 8)).toBe("𝒳");
    expect(codePointToUtf16(text, 2)).toBe(3);
    expect(utf16ToCodePoint(text, 3)).toBe(2);
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(sliceCodePoints(text, 4, 6)).toBe("e\u0301");
  });

  it("agrees with the one-off conversions at every offset, lone surrogates included (property)", () => {
    const textArb = fc
      .array(fc.constantFrom("a", " ", "😀", "𝒳", "é", "\ud800", "\udc00"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(textArb, (text) => {
        const index = new CodePointIndex(text);
        expect(index.length).toBe(codePointLength(text));
        for (let unit = 0; unit <= text.length; unit++)
          expect(index.toCodePoint(unit)).toBe(utf16ToCodePoint(text, unit));
        for (let cp = 0; cp <= index.length; cp++) expect(index.toUtf16(cp)).toBe(codePointToUtf16(text, cp));
      }),
      { numRuns: 300 },
    );
  });
});

describe("describeRange", () => {
  it("gives exact, prefix and suffix in code points", () => {
    const text = "🚀 Launch on Monday, officials said 🎉.";
    const selectors = describeRange(text, 2, 19, { contextLength: 5 });
    expect(selectors.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "Launch on Monday,",
      prefix: "🚀 ",
      suffix: " offi",
    });
    expect(selectors.position).toEqual({ type: "TextPositionSelector", start: 2, end: 19 });
  });

  it("refuses ranges outside the text", () => {
    expect(() => describeRange("abc", 2, 4)).toThrow(RangeError);
  });
});

describe("anchorInText", () => {
  it("finds a claim at its stored position", () => {
    const [start, end] = rangeOf(TEXT, "Critics called the figure misleading.");
    const result = anchorInText(TEXT, describeRange(TEXT, start, end));
    expect(result).toMatchObject({ state: "anchored", start, end, confidence: expect.any(Number), needsReview: false });
  });

  it("tells two identical sentences apart by their context", () => {
    const sentence = "The minister said unemployment fell to 3.1% in March.";
    const [start, end] = rangeOf(TEXT, sentence, 1);
    const selectors = describeRange(TEXT, start, end);
    const edited = `Breaking: ${TEXT}`;
    const result = anchorInText(edited, selectors);
    const [expectedStart] = rangeOf(edited, sentence, 1);
    expect(result).toMatchObject({ state: "moved", start: expectedStart, needsReview: false });
  });

  it("flags, rather than trusts, a repeat it cannot tell apart", () => {
    const text = "Lede. Same words here. Same words here. Tail.";
    const selectors = describeRange(text, 23, 39, { contextLength: 0 });
    expect(selectors.quote.exact).toBe("Same words here.");
    const result = anchorInText(`Intro. ${text}`, selectors);
    expect(result.needsReview).toBe(true);
    expect(result.confidence).toBeLessThan(0.9);
  });

  it("finds a quote edited inside, flagged as changed", () => {
    const [start, end] = rangeOf(TEXT, "Analysts expect a rise in the autumn.");
    const edited = TEXT.replace(
      "Analysts expect a rise in the autumn.",
      "Most analysts expect a sharp rise in the autumn.",
    );
    const result = anchorInText(edited, describeRange(TEXT, start, end));
    expect(result.state).toBe("changed");
    expect(result.needsReview).toBe(true);
    expect(result.exact).toContain("analysts expect a sharp rise in the autumn.");
  });

  it("orphans a claim whose sentence was deleted, never moving it", () => {
    const [start, end] = rangeOf(TEXT, "Critics called the figure misleading.");
    const edited = TEXT.replace("Critics called the figure misleading.\n\n", "");
    expect(anchorInText(edited, describeRange(TEXT, start, end))).toMatchObject({
      state: "orphaned",
      start: null,
      needsReview: true,
    });
  });

  it("handles emoji and combining characters in quote and context", () => {
    const text = "Intro 🎉 café. Prices rose 🚀 by 4% in 𝟚𝟘𝟚𝟛, said Zoë. End.";
    const [start, end] = rangeOf(text, "Prices rose 🚀 by 4% in 𝟚𝟘𝟚𝟛, said Zoë.");
    const selectors = describeRange(text, start, end);
    const edited = `New lede 👋🏽 here. ${text}`;
    const result = anchorInText(edited, selectors);
    expect(result.state).toBe("moved");
    expect(sliceCodePoints(edited, result.start!, result.end!)).toBe("Prices rose 🚀 by 4% in 𝟚𝟘𝟚𝟛, said Zoë.");
  });

  it("re-finds any range of an unchanged text at exactly the same place (property)", () => {
    const textArb = fc
      .array(
        fc.constantFrom("The ", "rate ", "rose ", "4% ", "🚀 ", "e\u0301 ", "in ", "2023. ", "\n\n", "said ", "Zoë "),
        { minLength: 5, maxLength: 60 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const length = codePointLength(text);
        const start = a % length;
        const end = start + 1 + (b % (length - start));
        const result = anchorInText(text, describeRange(text, start, end));
        expect(result.start).toBe(start);
        expect(result.end).toBe(end);
        expect(result.state).toBe("anchored");
      }),
      { numRuns: 300 },
    );
  });
});

describe("equalSegments", () => {
  it("finds the unchanged stretches between two revisions", () => {
    const segments = equalSegments("one two three four", "one TWO three four five");
    const old = "one two three four";
    const updated = "one TWO three four five";
    for (const s of segments)
      expect(updated.slice(s.newStart, s.newStart + s.length)).toBe(old.slice(s.oldStart, s.oldStart + s.length));
    expect(segments.reduce((sum, s) => sum + s.length, 0)).toBe("one ".length + " three four".length);
  });
});

describe("reanchorClaims", () => {
  const claimsOf = (text: string, needles: [string, number][]) =>
    needles.map(([needle, occurrence]) => describeRange(text, ...rangeOf(text, needle, occurrence)));

  it("maps claims through the diff: unchanged stays, shifted moves, edited changes, deleted orphans", () => {
    const claims = claimsOf(TEXT, [
      ["The minister said unemployment fell to 3.1% in March.", 0],
      ["Critics called the figure misleading.", 0],
      ["The minister said unemployment fell to 3.1% in March.", 1],
      ["Analysts expect a rise in the autumn.", 0],
    ]);
    const edited = TEXT.replace("The minister", "The labour minister")
      .replace("Critics called the figure misleading.\n\n", "")
      .replace("a rise in", "a steep rise in");
    const [first, second, third, fourth] = reanchorClaims(TEXT, edited, claims);
    expect(first).toMatchObject({ state: "changed", needsReview: true, method: "diff" });
    expect(first!.exact).toContain("labour minister said unemployment");
    expect(second).toMatchObject({ state: "orphaned" });
    const [thirdStart] = rangeOf(edited, "The minister said unemployment fell to 3.1% in March.", 0);
    expect(third).toMatchObject({ state: "moved", start: thirdStart, needsReview: false, method: "diff" });
    expect(fourth).toMatchObject({
      state: "changed",
      exact: "Analysts expect a steep rise in the autumn.",
      needsReview: true,
    });
  });

  it("finds a sentence moved elsewhere by quote matching", () => {
    const claims = claimsOf(TEXT, [["Critics called the figure misleading.", 0]]);
    const edited =
      TEXT.replace("Critics called the figure misleading.\n\n", "") + "\n\nCritics called the figure misleading.";
    const [moved] = reanchorClaims(TEXT, edited, claims);
    expect(moved!.state).toBe("moved");
    expect(sliceCodePoints(edited, moved!.start!, moved!.end!)).toBe("Critics called the figure misleading.");
  });

  it("never lands an anchored or moved claim on different text (property over random edits)", () => {
    const words = ["alpha", "beta", "gamma", "delta", "🚀", "e\u0301", "said", "the", "rate", "3.1%", ".", "\n\n"];
    const textArb = fc.array(fc.constantFrom(...words), { minLength: 20, maxLength: 120 }).map((w) => w.join(" "));
    const editArb = fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.constantFrom("", "x", "new words", "gamma", " ")), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        textArb,
        editArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 8 }),
        (text, edits, spans) => {
          let edited = text;
          for (const [at, remove, insert] of edits) {
            const position = at % (edited.length + 1);
            edited = edited.slice(0, position) + insert + edited.slice(position + remove);
          }
          const length = codePointLength(text);
          const claims = spans.map(([s, len]) => {
            const start = s % length;
            return describeRange(text, start, Math.min(length, start + len));
          });
          reanchorClaims(text, edited, claims).forEach((result, i) => {
            if (result.state === "anchored" || result.state === "moved") {
              expect(sliceCodePoints(edited, result.start!, result.end!)).toBe(claims[i]!.quote.exact);
            }
            if (result.state === "changed") expect(result.needsReview).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
