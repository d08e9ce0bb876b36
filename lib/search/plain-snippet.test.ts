import { describe, expect, it } from "vitest";
import { plainSnippet } from "./plain-snippet";

describe("plainSnippet", () => {
  it("drops emphasis, code and link markup but keeps the words and the match markers", () => {
    expect(plainSnippet("Survey cited by **[[SNU]]** supports it, see [the _report_](https://snu.ac.kr/r)")).toBe(
      "Survey cited by [[SNU]] supports it, see the report",
    );
    expect(plainSnippet("[[[defector]] survey](https://x.test) and `code`")).toBe("[[defector]] survey and code");
  });

  it("drops headings, quotes, list markers and table pipes", () => {
    expect(plainSnippet("## Budget\n> quoted\n- one\n1. two")).toBe("Budget quoted one two");
    expect(plainSnippet("| Year | [[Rent]] |\n| --- | --- |\n| 2023 | 8% |")).toBe("Year · [[Rent]] · 2023 · 8%");
  });

  it("copes with a fragment cut mid-markup, and leaves words with underscores alone", () => {
    expect(plainSnippet("…the **[[funding]] chan…")).toBe("…the [[funding]] chan…");
    expect(plainSnippet("see [the rep…")).toBe("see [the rep…");
    expect(plainSnippet("file_name stays")).toBe("file_name stays");
  });
});
