import { describe, expect, it } from "vitest";
import { formatFigure, parseFigures, sameFigure, wordsToNumber } from "./parse-figures";

const values = (text: string) => parseFigures(text).figures.map((f) => `${f.kind}:${f.value}`);

describe("parseFigures", () => {
  it("reads 30,000, 30 000 (also with a thin or no-break space), thirty thousand and 30k as one value", () => {
    for (const text of [
      "30,000 troops",
      "30 000 troops",
      "30\u202f000 troops",
      "30\u00a0000 troops",
      "thirty thousand troops",
      "30k troops",
    ])
      expect(values(text), text).toEqual(["number:30000"]);
  });

  it("applies scale words and decimals", () => {
    expect(values("3.5 million people and $2bn")).toEqual(["number:3500000", "number:2000000000"]);
    expect(values("a million doses, two hundred and fifty beds")).toEqual(["number:1000000", "number:250"]);
  });

  it("reads percentages written with a sign or in words", () => {
    expect(values("12%")).toEqual(["percent:12"]);
    expect(values("12 percent")).toEqual(["percent:12"]);
    expect(values("twelve per cent")).toEqual(["percent:12"]);
  });

  it("reads years, and year ranges as both ends", () => {
    expect(values("in 2019")).toEqual(["year:2019"]);
    expect(values("between 2019-21")).toEqual(["year:2019", "year:2021"]);
    expect(values("from 1998–2004")).toEqual(["year:1998", "year:2004"]);
    // A comma-grouped number is a count, never a year.
    expect(values("2,019 votes")).toEqual(["number:2019"]);
  });

  it("leaves names with digits, 'a' and 'one of' alone", () => {
    expect(values("COVID-19 and the G20")).toEqual([]);
    expect(values("one of the largest, a claim")).toEqual([]);
  });

  it("blanks the figures out of the text it returns", () => {
    expect(parseFigures("thirty thousand troops in 2019").rest.trim()).toBe("troops in");
  });
});

describe("sameFigure and formatFigure", () => {
  it("treats values within 1% as the same figure of the same kind", () => {
    expect(sameFigure({ kind: "number", value: 30000 }, { kind: "number", value: 29800 })).toBe(true);
    expect(sameFigure({ kind: "number", value: 30000 }, { kind: "number", value: 40000 })).toBe(false);
    expect(sameFigure({ kind: "percent", value: 30 }, { kind: "number", value: 30 })).toBe(false);
    expect(sameFigure({ kind: "year", value: 2019 }, { kind: "year", value: 2020 })).toBe(false);
  });

  it("formats figures for reasons", () => {
    expect(formatFigure({ kind: "number", value: 30000 })).toBe("30,000");
    expect(formatFigure({ kind: "percent", value: 4.1 })).toBe("4.1%");
    expect(formatFigure({ kind: "year", value: 2019 })).toBe("2019");
  });

  it("turns number words into numbers", () => {
    expect(wordsToNumber("ninety-nine")).toBe(99);
    expect(wordsToNumber("two thousand and five")).toBe(2005);
    expect(wordsToNumber("a")).toBeNull();
  });
});
