import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_SCORE, REASONS, splitSentences, suggestClaims } from "./index";

const ARTICLE = [
  "City budget",
  "The council approved a $4.2 million budget on Tuesday, up 8% from last year, Mayor Ana Ruiz said.",
  "Residents gathered outside the hall. The mood was tense.",
  "Under Oregon law, cities must balance their budgets each year.",
  "Is that enough? I think we should spend more.",
].join("\n\n");

describe("suggestClaims", () => {
  it("ranks money, percentages and named sources above bare statements", () => {
    const suggestions = suggestClaims(ARTICLE);
    expect(suggestions[0]?.text).toBe(
      "The council approved a $4.2 million budget on Tuesday, up 8% from last year, Mayor Ana Ruiz said.",
    );
    expect(suggestions[0]?.reasons.map((r) => r.label)).toEqual(
      expect.arrayContaining(["contains an amount of money", "contains a percentage", "attributes to a named source"]),
    );
    expect(suggestions.map((s) => s.text)).toContain("Under Oregon law, cities must balance their budgets each year.");
    for (let i = 1; i < suggestions.length; i++)
      expect(suggestions[i]!.score).toBeLessThanOrEqual(suggestions[i - 1]!.score);
  });

  it("skips subheadings, questions, opinion and scene-setting", () => {
    const all = suggestClaims(ARTICLE, { minScore: 0 }).map((s) => s.text);
    expect(all).not.toContain("City budget");
    expect(all).not.toContain("Is that enough?");
    expect(suggestClaims(ARTICLE).map((s) => s.text)).not.toContain("I think we should spend more.");
    expect(all).not.toContain("Residents gathered outside the hall.");
  });

  it("explains every suggestion with known reasons and a score between 0 and 1", () => {
    const known = new Set<string>(Object.values(REASONS).map((r) => r.code));
    for (const suggestion of suggestClaims(ARTICLE, { minScore: 0 })) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      for (const reason of suggestion.reasons) expect(known.has(reason.code)).toBe(true);
    }
  });

  it("applies minScore and limit", () => {
    const all = suggestClaims(ARTICLE, { minScore: 0 });
    expect(suggestClaims(ARTICLE, { limit: 1 })).toEqual(all.slice(0, 1));
    expect(suggestClaims(ARTICLE, { limit: 0 })).toEqual([]);
    expect(suggestClaims(ARTICLE).every((s) => s.score >= DEFAULT_MIN_SCORE)).toBe(true);
    expect(suggestClaims(ARTICLE, { minScore: 0.99 })).toEqual([]);
  });

  it("skips suggestions that overlap existing claims", () => {
    const [top] = suggestClaims(ARTICLE);
    const remaining = suggestClaims(ARTICLE, { exclude: [{ start: top!.start + 5, end: top!.start + 6 }] });
    expect(remaining.map((s) => s.start)).not.toContain(top!.start);
    expect(remaining).toHaveLength(suggestClaims(ARTICLE).length - 1);
    // Touching is not overlapping.
    expect(suggestClaims(ARTICLE, { exclude: [{ start: 0, end: top!.start }] })[0]).toEqual(top);
  });

  it("reports offsets in code points when emoji come first", () => {
    const text = "🎉🎉🎉 Party time\n\nTickets cost $25 each, organisers said. 🎟️";
    const [suggestion] = suggestClaims(text);
    expect(suggestion).toBeDefined();
    expect([...text].slice(suggestion!.start, suggestion!.end).join("")).toBe(suggestion!.text);
    expect(suggestion!.start).toBe(16);
  });

  it("narrows to the one clause that carries the claim", () => {
    const text = "Prices rose 5% in the first quarter, though many shoppers remain gloomy about the future.";
    const [suggestion] = suggestClaims(text);
    expect(suggestion?.text).toBe("Prices rose 5% in the first quarter");
    expect(suggestion?.start).toBe(0);
  });

  it("keeps the whole sentence when its attribution sits in the only clause with evidence", () => {
    const text = "They have rarely been in touch since, though they did send emails, Infocomm officials said.";
    expect(suggestClaims(text, { minScore: 0 })[0]?.text).toBe(text);
  });

  it("only ever suggests spans inside one sentence", () => {
    const word = fc.constantFrom(
      "Sales",
      "rose",
      "5%",
      "$3,000",
      "in",
      "2014",
      "Mr.",
      "Lin",
      "said",
      "“It",
      "works,”",
      "😀",
      "best",
      "?",
      "the",
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), fc.boolean(), (sentences, paragraphs) => {
        const text = sentences.join(paragraphs ? "\n\n" : " ");
        const spans = splitSentences(text);
        const codePoints = [...text];
        for (const s of suggestClaims(text, { minScore: 0 })) {
          expect(spans.some((span) => span.start <= s.start && s.end <= span.end)).toBe(true);
          expect(codePoints.slice(s.start, s.end).join("")).toBe(s.text);
        }
      }),
    );
  });
});
