import { describe, expect, it } from "vitest";
import { detectNumericReasons } from "./detect-numbers";

describe("detectNumericReasons", () => {
  it.each([
    "It cost $3,000 in all.",
    "A grant of US$4.5 million arrived.",
    "Sales reached €12bn last quarter.",
    "He paid 5 million won for it.",
    "They earned 20,000 yuan.",
    "The dividend is 6.1p a share.",
    "He sent hundreds of thousands of dollars home.",
  ])("finds money in %j", (text) => {
    expect(detectNumericReasons(text)).toContain("money");
  });

  it.each([
    "Turnout was 40 percent.",
    "Rates rose 12% in a year.",
    "It fell two percentage points.",
    "About 3.5 per cent agreed.",
  ])("finds a percentage in %j", (text) => {
    expect(detectNumericReasons(text)).toContain("percentage");
  });

  it.each([
    "It happened on Nov. 23, 2016.",
    "In August 2014 they met.",
    "The law dates from 1938.",
    "The 1950-53 war ended in a truce.",
    "He left in the early 2000s.",
    "Officials said Wednesday they agreed.",
    "The plant closed last year.",
    "Training began from September.",
    "It opened three years ago.",
    "The hearing starts at 6 p.m. sharp.",
    "Filed on 2024-03-01.",
  ])("finds a date in %j", (text) => {
    expect(detectNumericReasons(text)).toContain("date");
  });

  it.each([
    "Four officials attended.",
    "It shipped more than 3,000 lamps.",
    "The council voted 5-2.",
    "Dozens of shops opened.",
  ])("finds a quantity in %j", (text) => {
    expect(detectNumericReasons(text)).toContain("quantity");
  });

  it("counts each number once: money and dates are not also quantities", () => {
    expect(detectNumericReasons("It cost $3,000 in 2014.")).toEqual(["money", "date"]);
    expect(detectNumericReasons("Turnout hit 40 percent.")).toEqual(["percentage"]);
  });

  it("does not read the modal 'may' or a lone 'one' as numbers", () => {
    expect(detectNumericReasons("Prices may rise, one analyst warned.")).toEqual([]);
    expect(detectNumericReasons("The team won a famous victory.")).toEqual([]);
  });
});
