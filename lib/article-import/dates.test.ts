import { describe, expect, it } from "vitest";
import { parseLooseDate } from "./dates";

describe("parseLooseDate", () => {
  it.each([
    ["Nov. 23, 2016 - 17:51", "2016-11-23T17:51:00.000Z"],
    ["November 23, 2016", "2016-11-23T00:00:00.000Z"],
    ["Sept. 3, 2021 5:07 p.m.", "2021-09-03T17:07:00.000Z"],
    ["23 Nov 2016", "2016-11-23T00:00:00.000Z"],
    ["Wednesday, 23 November 2016 09:30", "2016-11-23T09:30:00.000Z"],
    ["2016-11-23", "2016-11-23T00:00:00.000Z"],
    ["2016-11-23T17:51:00+09:00", "2016-11-23T08:51:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });

  it.each(["yesterday", "Feb 30, 2020", "13/45/2020", ""])("gives up on %j", (input) => {
    expect(parseLooseDate(input)).toBeNull();
  });
});
