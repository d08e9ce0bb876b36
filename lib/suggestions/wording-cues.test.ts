import { describe, expect, it } from "vitest";
import { wordingCueReasons, findNames } from "./wording-cues";

const has = (text: string, key: string) => (wordingCueReasons(text) as string[]).includes(key);

describe("wordingCueReasons", () => {
  it("tells a named source from an unnamed one", () => {
    expect(has("The rate tops 40 percent, Infocomm head Alex Lin said.", "namedAttribution")).toBe(true);
    expect(has("The fair was held, according to the Guardian newspaper.", "namedAttribution")).toBe(true);
    expect(has('"We need help," said Ji, who heads the group.', "namedAttribution")).toBe(true);
    expect(has("The plan will go ahead, officials said.", "attribution")).toBe(true);
    expect(has("The plan will go ahead, officials said.", "namedAttribution")).toBe(false);
    expect(has("The plan will go ahead.", "attribution")).toBe(false);
  });

  it("finds studies, surveys and reports", () => {
    expect(has("A survey of 500 firms found that costs rose.", "dataSource")).toBe(true);
    expect(has("Census data show the town shrank.", "dataSource")).toBe(true);
    expect(has("He walked to the market.", "dataSource")).toBe(false);
  });

  it("finds comparisons and changes", () => {
    expect(has("Exports were higher than imports.", "comparison")).toBe(true);
    expect(has("Profit fell sharply.", "comparison")).toBe(true);
    expect(has("The rate tops 40 percent, compared with 1 percent before.", "comparison")).toBe(true);
    expect(has("She declined to be named.", "comparison")).toBe(false);
  });

  it("finds superlatives, records and firsts but not -est words that are not superlatives", () => {
    expect(has("It is the country's largest facility.", "superlative")).toBe(true);
    expect(has("One of the most isolated economies.", "superlative")).toBe(true);
    expect(has("It was the first increase since 2017.", "superlative")).toBe(true);
    expect(has("Sales hit a record high.", "superlative")).toBe(true);
    expect(has("Interest in the protest grew in the west.", "superlative")).toBe(false);
    expect(has("Climbers returned from Everest.", "superlative")).toBe(false);
  });

  it("finds causal statements", () => {
    expect(has("The war ended because of a truce.", "causal")).toBe(true);
    expect(has("Prices rose due to the drought.", "causal")).toBe(true);
    expect(has("Prices rose and the drought continued.", "causal")).toBe(false);
  });

  it("finds legal and regulatory statements", () => {
    expect(has("Contact can be punishable by death.", "legal")).toBe(true);
    expect(has("The country forbids trade with the North.", "legal")).toBe(true);
    expect(has("Under a 2019 law, firms must report leaks.", "legal")).toBe(true);
    expect(has("The shop sells noodles.", "legal")).toBe(false);
  });

  it("finds names but not sentence-initial words, pronouns or calendar words", () => {
    expect(findNames("The defector met Ji Seong-ho in Seoul on Monday.").map((n) => n.word)).toEqual([
      "Ji",
      "Seong-ho",
      "Seoul",
    ]);
    expect(findNames("He said it would rain.")).toEqual([]);
  });

  it("flags opinion and advice, but not an obligation that reports a rule", () => {
    expect(has("These transactions should be done secretly.", "opinion")).toBe(true);
    expect(has("I think the plan will fail.", "opinion")).toBe(true);
    expect(has("It's a beautiful town.", "opinion")).toBe(true);
    expect(has("Under a 2019 law, firms must report leaks.", "opinion")).toBe(false);
    // Capitalised mid-sentence, an evaluative word is part of a name.
    expect(has("It is run by Build Amazing Startups Here.", "opinion")).toBe(false);
  });

  it("flags hedging, but not the month May", () => {
    expect(has("The plan could perhaps work.", "hedge")).toBe(true);
    expect(has("Officials have apparently agreed.", "hedge")).toBe(true);
    expect(has("It opened in May last year.", "hedge")).toBe(false);
  });
});
