import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits plain sentences and reports code-point offsets", () => {
    const text = "Prices rose. Wages fell! Why? Nobody knows.";
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 12, text: "Prices rose." },
      { start: 13, end: 24, text: "Wages fell!" },
      { start: 25, end: 29, text: "Why?" },
      { start: 30, end: 43, text: "Nobody knows." },
    ]);
  });

  it("does not split after titles and initials", () => {
    expect(texts("Mr. Smith met Dr. Jones and Mrs. Lee. John F. Kennedy was there.")).toEqual([
      "Mr. Smith met Dr. Jones and Mrs. Lee.",
      "John F. Kennedy was there.",
    ]);
  });

  it("keeps U.S. inside a sentence unless a new sentence clearly starts", () => {
    expect(texts("The U.S. State Department agreed. It moved to the U.S. The next day it left.")).toEqual([
      "The U.S. State Department agreed.",
      "It moved to the U.S.",
      "The next day it left.",
    ]);
  });

  it("keeps month abbreviations before a day, and Jr. before a lowercase word", () => {
    expect(texts("Published Nov. 23, 2016 in Seoul. Martin Luther King Jr. was born in Jan. 1929.")).toEqual([
      "Published Nov. 23, 2016 in Seoul.",
      "Martin Luther King Jr. was born in Jan. 1929.",
    ]);
    expect(texts("He founded Acme Inc. He left in 2010.")).toEqual(["He founded Acme Inc.", "He left in 2010."]);
  });

  it("does not split decimals, money or thousands separators", () => {
    expect(texts("It bought a 2.5 metric-ton truck for $3,000. The loan was $4.5 million.")).toEqual([
      "It bought a 2.5 metric-ton truck for $3,000.",
      "The loan was $4.5 million.",
    ]);
  });

  it("keeps closing quotes with their sentence, straight and typographic", () => {
    expect(texts('He said "Stop." Then he left. “It works,” she said. “Really?” he asked.')).toEqual([
      'He said "Stop."',
      "Then he left.",
      "“It works,” she said.",
      "“Really?” he asked.",
    ]);
  });

  it("drops a '--' dateline and does not split on dashes inside a sentence", () => {
    expect(texts("SINGAPORE -- Officials -- two of them -- met on Monday.")).toEqual([
      "Officials -- two of them -- met on Monday.",
    ]);
    expect(texts("LONDON (Reuters) - Shares fell.")).toEqual(["Shares fell."]);
    expect(texts("BRIDGEWATER, Ore. — The council voted.")).toEqual(["The council voted."]);
  });

  it("splits after an ellipsis only before a capitalised word", () => {
    expect(texts("He paused... and went on. It ended… Then silence.")).toEqual([
      "He paused... and went on.",
      "It ended…",
      "Then silence.",
    ]);
  });

  it("counts astral characters such as emoji as one code point", () => {
    const text = "🎉🎉 Sales rose 5%. Then 💧 fell.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 17],
      [18, 30],
    ]);
    // UTF-16 offsets would be 19..33 for the second sentence.
    expect(text.indexOf("Then")).toBe(20);
    expect([...text].slice(18, 30).join("")).toBe("Then 💧 fell.");
  });

  it("counts a lone surrogate as one code point, like [...text]", () => {
    const text = "\ud800 Sales rose. Then 😀 fell.";
    const [, second] = splitSentences(text);
    expect([...text].slice(second!.start, second!.end).join("")).toBe("Then 😀 fell.");
  });

  it("attaches a trailing emoji to the sentence before it", () => {
    expect(texts("The hearing is at 6 p.m. on Nov. 14. 💧")).toEqual(["The hearing is at 6 p.m. on Nov. 14. 💧"]);
  });

  it("never spans a blank line, and keeps subheadings as their own segment", () => {
    expect(texts("A heading\n\nThe first paragraph has no full stop\n\nIt ends here.")).toEqual([
      "A heading",
      "The first paragraph has no full stop",
      "It ends here.",
    ]);
  });

  it("treats a single line break as a soft wrap, except before a list item", () => {
    expect(texts("The plan covers\nthree towns.\n- Item one\n- Item two")).toEqual([
      "The plan covers\nthree towns.",
      "- Item one",
      "- Item two",
    ]);
  });

  it("returns ordered, disjoint spans whose text matches the code-point slice", () => {
    const piece = fc.constantFrom(
      "Mr. ",
      "Dr. ",
      "U.S. ",
      "2.5 ",
      "$3,000 ",
      "“Yes,” ",
      '"No." ',
      "😀 ",
      "ok. ",
      "It rose. ",
      "\n\n",
      "-- ",
      "…",
      "é ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const codePoints = [...text];
        let previousEnd = 0;
        for (const sentence of splitSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(codePoints.slice(sentence.start, sentence.end).join("")).toBe(sentence.text);
          expect(sentence.text).not.toMatch(/\n[ \t]*\n/);
          previousEnd = sentence.end;
        }
      }),
    );
  });
});
